package loader

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"

	"github.com/policygraph/policygraph/graph"
)

// Raw input bounds. A story's text is bounded by graph.MaxStoryBytes; a web
// page carries markup and scripts besides its text, and a JSON record may
// spell each character as a six-byte \u escape, so their raw bounds are
// larger. Memory stays bounded by these whatever the size of a folder or a
// JSON lines file.
const (
	maxHTMLBytes   = 4 * graph.MaxStoryBytes
	maxRecordBytes = 6*graph.MaxStoryBytes + 64<<10
)

// sniffBytes is how much of a file is looked at to tell binary data from
// text before parsing it, as http.DetectContentType does.
const sniffBytes = 512

// Walk reads stories from paths and calls fn with each, in order, holding
// one story in memory at a time. A path is a file, a folder (walked
// recursively in lexical order, skipping names that start with a dot) or
// "-" for stdin.
//
// Files are read by extension:
//   - .txt: a wire story; the id is the file name without extension, the
//     text the whole file (the headline, dateline and credits in it are
//     parsed later by Extract).
//   - .json: one record, an array of records or a stream of records.
//     A record is an object with id, title, text, published (2006-01-02 or
//     an RFC 3339 time), source and url; text is required, and so is id
//     except in a file holding a single record, whose id defaults to the
//     file name. A title that the text does not open with is put first, on
//     a line of its own, since Extract reads the first line as the headline.
//   - .jsonl, .ndjson: one record per line; blank lines are ignored.
//   - .html, .htm: a web page; its main text is extracted as a reader view
//     would, the title comes from the page, the id from the file name.
//
// Files with any other extension, and gold annotations (NAME.gold.json,
// see the corpus format), are passed to fn with Doc.Skipped set. On stdin
// JSON records (an input opening with '{"' or '[{') are read as JSON lines
// or an array, anything else as one plain-text story whose id is "stdin-"
// and a hash of its text.
//
// Every text is checked: binary data (NUL bytes), invalid UTF-8, empty
// text, text over graph.MaxStoryBytes (such files are not read whole),
// malformed JSON, missing fields and bad dates give a Doc with Err set whose
// message names the path and the reason, and the walk goes on. A UTF-8 byte
// order mark is dropped and CRLF line ends become LF.
//
// Walk stops and returns the error when fn returns one or ctx ends.
func Walk(ctx context.Context, paths []string, stdin io.Reader, fn func(Doc) error) error {
	w := &walker{ctx: ctx, stdin: stdin, fn: fn}
	for _, p := range paths {
		if err := w.path(p); err != nil {
			return err
		}
	}
	return nil
}

type walker struct {
	ctx   context.Context
	stdin io.Reader
	fn    func(Doc) error
}

func (w *walker) emit(d Doc) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	return w.fn(d)
}

// fail emits an input error; its message starts with path.
func (w *walker) fail(path string, size int64, err error) error {
	return w.emit(Doc{Path: path, Size: size, Err: fmt.Errorf("%s: %w", path, err)})
}

func (w *walker) path(p string) error {
	if p == "-" {
		return w.readStdin()
	}
	fi, err := os.Stat(p)
	if err != nil {
		return w.fail(p, 0, statError(err))
	}
	if !fi.IsDir() {
		return w.file(p, fi)
	}
	return filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable folder or entry: report it and go on with the
			// rest (returning nil skips what could not be listed).
			return w.fail(path, 0, statError(err))
		}
		if path != p && hidden(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		fi, err := os.Stat(path) // follows symbolic links
		if err != nil {
			return w.fail(path, 0, statError(err))
		}
		if fi.IsDir() {
			// A link to a folder: not followed, so that a cycle of
			// links cannot make the walk endless.
			return w.emit(Doc{Path: path, Skipped: "symbolic link to a folder"})
		}
		return w.file(path, fi)
	})
}

func hidden(name string) bool { return strings.HasPrefix(name, ".") }

// statError turns an os error into a coded error without the path, which
// the caller puts first.
func statError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, fs.ErrNotExist) {
		return graph.Wrap(graph.ENOTFOUND, err, "cannot read")
	}
	return graph.Wrap(graph.EINVALID, err, "cannot read")
}

// format is how a file is read, chosen by its extension.
type format int

const (
	formatUnknown format = iota
	formatText
	formatJSON
	formatJSONLines
	formatHTML
	formatGold
)

func formatOf(path string) format {
	name := strings.ToLower(filepath.Base(path))
	switch {
	case strings.HasSuffix(name, ".gold.json"):
		return formatGold
	case strings.HasSuffix(name, ".txt"):
		return formatText
	case strings.HasSuffix(name, ".json"):
		return formatJSON
	case strings.HasSuffix(name, ".jsonl"), strings.HasSuffix(name, ".ndjson"):
		return formatJSONLines
	case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, ".htm"):
		return formatHTML
	}
	return formatUnknown
}

func (w *walker) file(path string, fi fs.FileInfo) error {
	f := formatOf(path)
	switch {
	case f == formatGold:
		return w.emit(Doc{Path: path, Skipped: "gold annotations, not a story"})
	case f == formatUnknown:
		return w.emit(Doc{Path: path, Skipped: "unknown file type (want .txt, .json, .jsonl, .ndjson, .html or .htm)"})
	case !fi.Mode().IsRegular():
		return w.emit(Doc{Path: path, Skipped: "not a regular file"})
	case f == formatText && fi.Size() > graph.MaxStoryBytes:
		return w.fail(path, fi.Size(), tooLarge(fi.Size(), graph.MaxStoryBytes))
	case f == formatHTML && fi.Size() > maxHTMLBytes:
		return w.fail(path, fi.Size(), tooLarge(fi.Size(), maxHTMLBytes))
	}
	file, err := os.Open(path)
	if err != nil {
		return w.fail(path, 0, statError(err))
	}
	defer file.Close()
	switch f {
	case formatText:
		return w.readText(path, file, fileID(path))
	case formatHTML:
		return w.readHTML(path, file)
	case formatJSON:
		return w.readJSON(path, bufio.NewReaderSize(file, 64<<10), fileID(path))
	default:
		return w.readJSONLines(path, bufio.NewReaderSize(file, 64<<10))
	}
}

// fileID is the story id of a file: its name without extension.
func fileID(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func tooLarge(size, limit int64) error {
	return graph.Errorf(graph.EINVALID, "%d bytes, more than the limit of %d", size, limit)
}

// readAllMax reads r to its end or to limit+1 bytes, whichever is first,
// so that a file that grew after its size was checked is still bounded.
func readAllMax(r io.Reader, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, graph.Wrap(graph.EINVALID, err, "cannot read")
	}
	if int64(len(b)) > limit {
		return nil, graph.Errorf(graph.EINVALID, "more than the limit of %d bytes", limit)
	}
	return b, nil
}

func (w *walker) readText(path string, r io.Reader, id string) error {
	b, err := readAllMax(r, graph.MaxStoryBytes)
	if err != nil {
		return w.fail(path, int64(len(b)), err)
	}
	text, err := cleanText(b)
	if err != nil {
		return w.fail(path, int64(len(b)), err)
	}
	return w.story(path, int64(len(b)), graph.Story{ID: id, Text: text})
}

// story emits s after the checks every stored story must pass. A text on
// stdin, which has no id, is named after its normalised text, so the same
// text sent again gets the same id.
func (w *walker) story(path string, size int64, s graph.Story) error {
	Normalize(&s)
	if s.ID == "" && path == "-" {
		sum := sha256.Sum256([]byte(s.Text))
		s.ID = "stdin-" + hex.EncodeToString(sum[:6])
	}
	if err := graph.ValidateStory(&s); err != nil {
		return w.fail(path, size, err)
	}
	return w.emit(Doc{Path: path, Size: size, Story: s})
}

// cleanText checks that b is text and returns it with a byte order mark
// dropped and CRLF line ends made LF. Offsets in errors are those of b.
func cleanText(b []byte) (string, error) {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return "", graph.Errorf(graph.EINVALID, "binary data, not text (NUL byte at offset %d)", i)
	}
	if i := invalidUTF8(b); i >= 0 {
		return "", graph.Errorf(graph.EINVALID, "not UTF-8 text (invalid byte 0x%02x at offset %d)", b[i], i)
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if len(bytes.TrimSpace(b)) == 0 {
		return "", graph.Errorf(graph.EINVALID, "no text")
	}
	return strings.ReplaceAll(string(b), "\r\n", "\n"), nil
}

// invalidUTF8 returns the offset of the first byte of b that is not part
// of valid UTF-8, or -1.
func invalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

func (w *walker) readHTML(path string, r io.Reader) error {
	b, err := readAllMax(r, maxHTMLBytes)
	if err != nil {
		return w.fail(path, int64(len(b)), err)
	}
	size := int64(len(b))
	if i := bytes.IndexByte(b[:min(len(b), sniffBytes)], 0); i >= 0 {
		return w.fail(path, size, graph.Errorf(graph.EINVALID, "binary data, not a web page (NUL byte at offset %d)", i))
	}
	// The page's own charset is honoured by the parser; only the text it
	// finds must be UTF-8.
	article, err := readability.FromReader(bytes.NewReader(b), nil)
	if err != nil || article.Node == nil {
		return w.fail(path, size, graph.Wrap(graph.EINVALID, err, "no article text found in the page"))
	}
	var body strings.Builder
	if err := article.RenderText(&body); err != nil {
		return w.fail(path, size, graph.Wrap(graph.EINVALID, err, "no article text found in the page"))
	}
	title := strings.Join(strings.Fields(article.Title()), " ")
	text := strings.TrimSpace(body.String())
	if text == "" {
		return w.fail(path, size, graph.Errorf(graph.EINVALID, "no article text found in the page"))
	}
	s := graph.Story{ID: fileID(path), Title: title, Text: withHeadline(title, strings.ReplaceAll(text, "\r\n", "\n"))}
	if t, err := article.PublishedTime(); err == nil {
		s.Published = t.Format(time.DateOnly)
	}
	return w.story(path, size, s)
}

// record is a story as JSON input spells it.
type record struct {
	ID        string  `json:"id"`
	Title     string  `json:"title"`
	Text      *string `json:"text"`
	Published string  `json:"published"`
	Source    string  `json:"source"`
	URL       string  `json:"url"`
}

// parseRecord checks one raw JSON record and turns it into a story.
// defaultID, when not empty, is the id of a record that has none.
func parseRecord(raw []byte, defaultID string) (graph.Story, error) {
	// encoding/json would quietly turn invalid UTF-8 into U+FFFD.
	if i := invalidUTF8(raw); i >= 0 {
		return graph.Story{}, graph.Errorf(graph.EINVALID, "not UTF-8 text (invalid byte 0x%02x at offset %d)", raw[i], i)
	}
	var rec record
	if err := json.Unmarshal(raw, &rec); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field == "" {
			return graph.Story{}, graph.Errorf(graph.EINVALID, "record is a JSON %s, not an object", te.Value)
		}
		if errors.As(err, &te) {
			return graph.Story{}, graph.Errorf(graph.EINVALID, "field %q is a JSON %s, not a string", te.Field, te.Value)
		}
		return graph.Story{}, graph.Wrap(graph.EINVALID, err, "malformed JSON")
	}
	id := strings.TrimSpace(rec.ID)
	if id == "" {
		id = defaultID
	}
	if id == "" {
		return graph.Story{}, graph.Errorf(graph.EINVALID, "record has no id")
	}
	if rec.Text == nil || strings.TrimSpace(*rec.Text) == "" {
		return graph.Story{}, graph.Errorf(graph.EINVALID, "record %q has no text", id)
	}
	text := *rec.Text
	if i := strings.IndexByte(text, 0); i >= 0 {
		return graph.Story{}, graph.Errorf(graph.EINVALID, "record %q: text has a NUL character at offset %d", id, i)
	}
	if len(text) > graph.MaxStoryBytes {
		return graph.Story{}, graph.Errorf(graph.EINVALID, "record %q: text is %d bytes, more than the limit of %d", id, len(text), graph.MaxStoryBytes)
	}
	published, err := parseDate(rec.Published)
	if err != nil {
		return graph.Story{}, graph.Wrap(graph.EINVALID, err, "record %q", id)
	}
	return graph.Story{
		ID:        id,
		Title:     strings.TrimSpace(rec.Title),
		Published: published,
		Source:    strings.TrimSpace(rec.Source),
		URL:       strings.TrimSpace(rec.URL),
		Text:      withHeadline(strings.TrimSpace(rec.Title), strings.ReplaceAll(text, "\r\n", "\n")),
	}, nil
}

// withHeadline puts title on the first line of text unless text already
// opens with it. A wire story opens with its headline, and Extract reads
// the first line as one; a page or record whose body lacks it would
// otherwise lose its first paragraph, the lede, to the headline.
func withHeadline(title, text string) string {
	if title == "" || strings.HasPrefix(strings.TrimLeft(text, " \t\n\uFEFF"), title) {
		return text
	}
	return title + "\n\n" + text
}

// parseDate accepts an ISO date or an RFC 3339 time (whose date, as
// written, is kept) and returns the ISO date.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t.Format(time.DateOnly), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format(time.DateOnly), nil
	}
	return "", graph.Errorf(graph.EINVALID, "published %q is not a date (want 2006-01-02 or an RFC 3339 time)", s)
}

// budgetReader fails a read once more than max bytes have been read since
// mark was set, so that one oversized JSON value cannot fill memory.
type budgetReader struct {
	r    io.Reader
	n    int64 // bytes read so far
	mark int64
	max  int64
}

var errRecordTooLarge = errors.New("record too large")

func (b *budgetReader) Read(p []byte) (int, error) {
	left := b.mark + b.max - b.n
	if left <= 0 {
		return 0, errRecordTooLarge
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}

// readJSON reads a JSON file: one record, an array of records or a stream
// of records. A syntax error ends the file, since what follows it cannot be
// told apart; the records before it have been emitted.
func (w *walker) readJSON(path string, r *bufio.Reader, defaultID string) error {
	first, err := firstByte(r)
	if err != nil {
		return w.fail(path, 0, err)
	}
	// The decoder reads ahead by up to its buffer, so the budget allows
	// for that on top of one record.
	br := &budgetReader{r: r, max: maxRecordBytes + 64<<10}
	dec := json.NewDecoder(br)
	array := first == '['
	switch first {
	case '[':
		if _, err := dec.Token(); err != nil {
			return w.fail(path, 0, graph.Wrap(graph.EINVALID, err, "malformed JSON"))
		}
	case '{':
	default:
		return w.fail(path, 0, graph.Errorf(graph.EINVALID, "not a JSON object or array (starts with %q)", first))
	}
	for i := 0; ; i++ {
		if array && !dec.More() {
			break
		}
		start := dec.InputOffset()
		br.mark = start
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if !array && i > 0 && err == io.EOF {
			return nil
		}
		name := path
		if array || i > 0 {
			name = fmt.Sprintf("%s[%d]", path, i)
		}
		size := dec.InputOffset() - start
		switch {
		case errors.Is(err, errRecordTooLarge):
			return w.fail(name, size, graph.Errorf(graph.EINVALID, "record at byte %d is more than %d bytes; the rest of the file is not read", start, maxRecordBytes))
		case err != nil:
			return w.fail(name, size, graph.Wrap(graph.EINVALID, err, "malformed JSON at byte %d; the rest of the file is not read", start))
		}
		id := ""
		if !array && i == 0 && !dec.More() {
			id = defaultID
		}
		s, err := parseRecord(raw, id)
		if err != nil {
			if err := w.fail(name, size, err); err != nil {
				return err
			}
			continue
		}
		if err := w.story(name, size, s); err != nil {
			return err
		}
	}
	start := dec.InputOffset()
	if _, err := dec.Token(); err != nil {
		return w.fail(path, 0, graph.Wrap(graph.EINVALID, err, "malformed JSON at byte %d", start))
	}
	if _, err := dec.Token(); err != io.EOF {
		return w.fail(path, 0, graph.Errorf(graph.EINVALID, "data after the JSON array at byte %d", dec.InputOffset()))
	}
	return nil
}

// firstByte returns the first byte of r that is not white space or a byte
// order mark, without consuming it. It fails on binary data.
func firstByte(r *bufio.Reader) (byte, error) {
	head, _ := r.Peek(sniffBytes)
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return 0, graph.Errorf(graph.EINVALID, "binary data, not JSON (NUL byte at offset %d)", i)
	}
	if bytes.HasPrefix(head, []byte("\uFEFF")) {
		r.Discard(3)
	}
	for n := 1; ; n++ {
		b, err := r.Peek(n)
		if len(b) < n {
			if err == nil || err == io.EOF {
				return 0, graph.Errorf(graph.EINVALID, "no text")
			}
			return 0, graph.Wrap(graph.EINVALID, err, "cannot read")
		}
		switch c := b[n-1]; c {
		case ' ', '\t', '\r', '\n':
			if n == r.Size() {
				// All blank as far as the buffer goes: drop it and look on.
				r.Discard(n)
				n = 0
			}
		default:
			return c, nil
		}
	}
}

// readJSONLines reads one record per line. A bad line is reported with its
// number and the next line is read.
func (w *walker) readJSONLines(path string, r *bufio.Reader) error {
	if _, err := firstByte(r); err != nil {
		return w.fail(path, 0, err)
	}
	for line := 1; ; line++ {
		b, size, err := readLine(r, maxRecordBytes)
		name := fmt.Sprintf("%s:%d", path, line)
		if err != nil && !errors.Is(err, errRecordTooLarge) {
			return w.fail(name, size, graph.Wrap(graph.EINVALID, err, "cannot read"))
		}
		if size == 0 {
			return nil // end of input
		}
		if errors.Is(err, errRecordTooLarge) {
			if err := w.fail(name, size, graph.Errorf(graph.EINVALID, "line is %d bytes, more than the limit of %d", size, maxRecordBytes)); err != nil {
				return err
			}
			continue
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		if bytes.IndexByte(b, 0) >= 0 {
			if err := w.fail(name, size, graph.Errorf(graph.EINVALID, "binary data, not a JSON line (NUL byte at offset %d)", bytes.IndexByte(b, 0))); err != nil {
				return err
			}
			continue
		}
		s, err := parseRecord(b, "")
		if err != nil {
			if err := w.fail(name, size, err); err != nil {
				return err
			}
			continue
		}
		if err := w.story(name, size, s); err != nil {
			return err
		}
	}
}

// readLine returns the next line of r without its line end, and the bytes
// it took. A line longer than max is consumed but not kept: its bytes are
// counted and errRecordTooLarge returned. size is 0 only at the end of r.
func readLine(r *bufio.Reader, max int) (line []byte, size int64, err error) {
	var buf []byte
	tooLong := false
	for {
		chunk, err := r.ReadSlice('\n')
		size += int64(len(chunk))
		if !tooLong {
			if len(buf)+len(chunk) > max+2 {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF:
			err = nil
		case err != nil:
			return nil, size, err
		}
		if tooLong {
			return nil, size, errRecordTooLarge
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		return bytes.TrimSuffix(buf, []byte("\r")), size, nil
	}
}

// readStdin reads "-": JSON records when the input starts with '{' or '[',
// one plain-text story otherwise.
func (w *walker) readStdin() error {
	if w.stdin == nil {
		return w.fail("-", 0, graph.Errorf(graph.EINVALID, "no standard input to read"))
	}
	r := bufio.NewReaderSize(w.stdin, 64<<10)
	c, err := firstByte(r)
	if err != nil {
		return w.fail("-", 0, err)
	}
	switch {
	case c == '{' && opensJSON(r):
		return w.readJSONLines("-", r)
	case c == '[' && opensJSON(r):
		return w.readJSON("-", r, "")
	}
	return w.readText("-", r, "")
}

// opensJSON reports whether the bracket that r starts with (after blanks)
// opens JSON records: '{' followed by a key or '}', '[' by '{' or ']'. A
// text whose headline starts "[UPDATE 1]" is then still read as text.
func opensJSON(r *bufio.Reader) bool {
	head, _ := r.Peek(4096)
	rest := bytes.TrimLeft(head, " \t\r\n\uFEFF")
	if len(rest) == 0 {
		return false
	}
	open := rest[0]
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 {
		return true // nothing more to see in the first 4 KiB: let JSON say
	}
	if open == '{' {
		return rest[0] == '"' || rest[0] == '}'
	}
	return rest[0] == '{' || rest[0] == ']'
}

// inputSize is the number of bytes Walk will read from paths, and false
// when that is unknown (stdin). Files it will skip are not counted.
func inputSize(paths []string) (int64, bool) {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0, false
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			total += sizeOf(p, fi)
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			switch {
			case err != nil:
				return nil
			case path != p && hidden(d.Name()) && d.IsDir():
				return filepath.SkipDir
			case path != p && hidden(d.Name()), d.IsDir():
				return nil
			}
			if fi, err := os.Stat(path); err == nil {
				total += sizeOf(path, fi)
			}
			return nil
		})
	}
	return total, true
}

func sizeOf(path string, fi fs.FileInfo) int64 {
	switch formatOf(path) {
	case formatUnknown, formatGold:
		return 0
	}
	if !fi.Mode().IsRegular() {
		return 0
	}
	return fi.Size()
}
