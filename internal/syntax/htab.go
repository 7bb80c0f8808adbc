package syntax

import (
	"encoding/binary"
	"slices"
)

// htab is an open-addressing hash table from 64-bit keys to 32-bit values,
// read in place from the model's bytes: slots of 12 bytes (key, value),
// key 0 marking an empty slot.
type htab struct {
	mask uint64
	b    []byte
}

func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func (t *htab) get(k uint64) (uint32, bool) {
	if len(t.b) == 0 {
		return 0, false
	}
	k = fixKey(k)
	i := k & t.mask
	for range t.mask + 1 {
		o := i * 12
		kk := binary.LittleEndian.Uint64(t.b[o:])
		if kk == 0 {
			return 0, false
		}
		if kk == k {
			return binary.LittleEndian.Uint32(t.b[o+8:]), true
		}
		i = (i + 1) & t.mask
	}
	return 0, false
}

// buildHtab lays out m as an htab's bytes; the layout depends only on m.
func buildHtab(m map[uint64]uint32) []byte {
	n := 16
	for n < 2*len(m) {
		n *= 2
	}
	b := make([]byte, n*12)
	keys := make([]uint64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	mask := uint64(n - 1)
	for _, k := range keys {
		v := m[k]
		k = fixKey(k)
		i := k & mask
		for binary.LittleEndian.Uint64(b[i*12:]) != 0 {
			i = (i + 1) & mask
		}
		binary.LittleEndian.PutUint64(b[i*12:], k)
		binary.LittleEndian.PutUint32(b[i*12+8:], v)
	}
	return b
}
