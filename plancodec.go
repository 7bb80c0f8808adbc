// Compact encoding of a PlanDoc: one is sent per document to the step
// that makes the index, which holds them all, so that each is a few
// varints and strings, without the type descriptions a gob of its own
// would carry and without a gob decoder made for each.

package attrib

import (
	bin "encoding/binary"
	"errors"
)

// planDocVersion opens an encoded PlanDoc.
const planDocVersion = 1

func (d *planDocData) appendBinary(b []byte) []byte {
	str := func(s string) {
		b = bin.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = append(b, planDocVersion)
	b = bin.AppendVarint(b, d.Pos)
	str(d.Key)
	b = bin.LittleEndian.AppendUint64(b, d.Print)
	b = bin.AppendVarint(b, d.Src)
	b = bin.AppendUvarint(b, uint64(len(d.Nodes)))
	for _, n := range d.Nodes {
		str(n.Ev)
		str(string(n.Kind))
		b = bin.AppendUvarint(b, uint64(len(n.PKeys)))
		for _, k := range n.PKeys {
			str(k)
		}
	}
	b = bin.AppendUvarint(b, uint64(len(d.Pairs)))
	for _, p := range d.Pairs {
		str(p.Ev)
		str(p.Spk)
	}
	b = bin.AppendUvarint(b, uint64(len(d.Own)))
	for _, h := range d.Own {
		b = bin.LittleEndian.AppendUint64(b, h)
	}
	return b
}

// planDocReader reads an encoded PlanDoc; the first error stops it.
type planDocReader struct {
	b   []byte
	err error
}

var errPlanDoc = errors.New("attrib: merge plan document: malformed")

func (r *planDocReader) fail() {
	if r.err == nil {
		r.err = errPlanDoc
	}
	r.b = nil
}

func (r *planDocReader) uvarint() uint64 {
	v, n := bin.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *planDocReader) varint() int64 {
	v, n := bin.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *planDocReader) u64() uint64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	v := bin.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}

// count reads a length of items of at least min bytes each.
func (r *planDocReader) count(min int) int {
	n := r.uvarint()
	if n > uint64(len(r.b)/min) {
		r.fail()
		return 0
	}
	return int(n)
}

func (r *planDocReader) str() string {
	n := r.count(1)
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (d *planDocData) unmarshal(b []byte) error {
	if len(b) == 0 || b[0] != planDocVersion {
		return errPlanDoc
	}
	r := &planDocReader{b: b[1:]}
	d.Pos = r.varint()
	d.Key = r.str()
	d.Print = r.u64()
	d.Src = r.varint()
	if n := r.count(3); n > 0 {
		d.Nodes = make([]planNode, n)
		for i := range d.Nodes {
			nd := &d.Nodes[i]
			nd.Ev, nd.Kind = r.str(), EventKind(r.str())
			if k := r.count(1); k > 0 {
				nd.PKeys = make([]string, k)
				for j := range nd.PKeys {
					nd.PKeys[j] = r.str()
				}
			}
		}
	}
	if n := r.count(2); n > 0 {
		d.Pairs = make([]planPair, n)
		for i := range d.Pairs {
			d.Pairs[i] = planPair{r.str(), r.str()}
		}
	}
	if n := r.count(8); n > 0 {
		d.Own = make([]uint64, n)
		for i := range d.Own {
			d.Own[i] = r.u64()
		}
	}
	if r.err == nil && len(r.b) != 0 {
		r.err = errPlanDoc
	}
	return r.err
}
