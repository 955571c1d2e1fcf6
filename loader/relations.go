package loader

type proposal struct{}
type attackInfo struct{}

func (x *extractor) findRelations() {}
