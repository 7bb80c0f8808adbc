// Compact encodings of a PlanDoc and a PlanEntry: one of each is sent per
// document between the steps of a merge in parts, so that each is a few
// varints and strings, without the type descriptions a gob of its own
// would carry and without a gob decoder made for each.

package attrib

import (
	bin "encoding/binary"
	"errors"
	"time"
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

// planEntryVersion opens an encoded PlanEntry.
const planEntryVersion = 1

func (w *planWriter) str(s string) {
	w.b = bin.AppendUvarint(w.b, uint64(len(s)))
	w.b = append(w.b, s...)
}

// planWriter appends an encoding to b.
type planWriter struct{ b []byte }

func (w *planWriter) time(t time.Time) {
	b, err := t.MarshalBinary()
	if err != nil {
		// a zone offset not in whole minutes: the instant in UTC
		b, _ = t.UTC().MarshalBinary()
	}
	w.str(string(b))
}

func (w *planWriter) event(e *planEvent) {
	w.str(e.ID)
	w.str(string(e.Kind))
	w.b = bin.AppendUvarint(w.b, uint64(len(e.Participants)))
	for _, p := range e.Participants {
		w.str(p)
	}
	w.time(e.Date)
	w.time(e.Earliest)
	w.time(e.Latest)
	stated := byte(0)
	if e.DateStated {
		stated = 1
	}
	w.b = append(w.b, stated)
	for _, v := range []int{e.Mention.Start, e.Mention.End, e.DateMention.Start, e.DateMention.End, int(e.Month), e.Day} {
		w.b = bin.AppendVarint(w.b, int64(v))
	}
}

func (d *entryData) appendBinary(b []byte) []byte {
	w := &planWriter{b: append(b, planEntryVersion)}
	w.b = bin.AppendVarint(w.b, d.Pos)
	w.b = bin.AppendVarint(w.b, d.Src)
	w.str(d.Key)
	w.b = bin.AppendUvarint(w.b, uint64(len(d.Events)))
	for i, ev := range d.Events {
		w.str(ev)
		w.event(&d.Merged[i])
	}
	w.b = bin.AppendUvarint(w.b, uint64(len(d.Blocks)))
	for _, h := range d.Blocks {
		w.b = bin.LittleEndian.AppendUint64(w.b, h)
	}
	return w.b
}

// planEventVersion opens an encoded PlanEvent.
const planEventVersion = 1

func (e *famEvent) appendBinary(b []byte) []byte {
	w := &planWriter{b: append(b, planEventVersion)}
	w.event(&e.Ev)
	w.str(e.Key)
	w.b = bin.AppendVarint(w.b, e.Pos)
	w.str(e.Node)
	w.b = bin.AppendUvarint(w.b, uint64(len(e.Members)))
	for _, m := range e.Members {
		w.b = bin.AppendVarint(w.b, m.Pos)
		w.str(m.Ev)
	}
	return w.b
}

var errPlanEntry = errors.New("attrib: merge plan entry: malformed")

func (r *planDocReader) time() time.Time {
	var t time.Time
	if err := t.UnmarshalBinary([]byte(r.str())); err != nil {
		r.fail()
	}
	return t
}

// minEvent is the fewest bytes an encoded planEvent takes.
const minEvent = 20

func (r *planDocReader) event(e *planEvent) {
	e.ID, e.Kind = r.str(), EventKind(r.str())
	e.Participants = make([]string, r.count(1))
	for j := range e.Participants {
		e.Participants[j] = r.str()
	}
	e.Date, e.Earliest, e.Latest = r.time(), r.time(), r.time()
	if len(r.b) < 1 {
		r.fail()
		return
	}
	e.DateStated, r.b = r.b[0] == 1, r.b[1:]
	var v [6]int
	for j := range v {
		v[j] = int(r.varint())
	}
	e.Mention, e.DateMention = Span{v[0], v[1]}, Span{v[2], v[3]}
	e.Month, e.Day = time.Month(v[4]), v[5]
}

func (d *entryData) unmarshal(b []byte) error {
	if len(b) == 0 || b[0] != planEntryVersion {
		return errPlanEntry
	}
	r := &planDocReader{b: b[1:]}
	d.Pos = r.varint()
	d.Src = r.varint()
	d.Key = r.str()
	if n := r.count(1 + minEvent); n > 0 {
		d.Events = make([]string, n)
		d.Merged = make([]planEvent, n)
		for i := range d.Events {
			d.Events[i] = r.str()
			r.event(&d.Merged[i])
		}
	}
	if n := r.count(8); n > 0 {
		d.Blocks = make([]uint64, n)
		for i := range d.Blocks {
			d.Blocks[i] = r.u64()
		}
	}
	if r.err != nil || len(r.b) != 0 {
		return errPlanEntry
	}
	return nil
}

var errPlanEvent = errors.New("attrib: merge plan event: malformed")

func (e *famEvent) unmarshal(b []byte) error {
	if len(b) == 0 || b[0] != planEventVersion {
		return errPlanEvent
	}
	r := &planDocReader{b: b[1:]}
	r.event(&e.Ev)
	e.Key = r.str()
	e.Pos = r.varint()
	e.Node = r.str()
	if n := r.count(2); n > 0 {
		e.Members = make([]planMember, n)
		for i := range e.Members {
			e.Members[i] = planMember{r.varint(), r.str()}
		}
	}
	if r.err != nil || len(r.b) != 0 {
		return errPlanEvent
	}
	return nil
}
