package attrib

import (
	"bytes"
	"strings"
	"testing"
)

// hostile inputs: each must return statements or an error, never panic or
// hang, with every span inside the input.
func hostileInputs() map[string][]byte {
	seed := []byte(`Aliyev said that Baku will stop. “We are ready,” he added. `)
	return map[string][]byte{
		"invalid utf-8 and NUL":   bytes.Repeat([]byte("He said \xff\xfe\x00 that \xc3 “x\x00y” ok. "), 2000),
		"100k unbalanced quotes":  bytes.Repeat([]byte("“ "), 100000),
		"100k mixed quote marks":  bytes.Repeat([]byte("\"a ‘b” c’ «d "), 20000),
		"1 MB sentence":           []byte(strings.Repeat("the minister said that ", 1<<20/23)),
		"1 MB word":               bytes.Repeat([]byte("a"), 1<<20),
		"deeply nested quotes":    []byte(strings.Repeat("“He said ‘she said “", 3000) + strings.Repeat("” ’ ”", 3000)),
		"mixed scripts":           bytes.Repeat([]byte("Президент said “نعم” 是的 that ok. "), 3000),
		"CRLF and lone CR":        bytes.Repeat([]byte("Aliyev said that it ends.\r\n“Yes,” he added.\rOk.\r\n"), 3000),
		"binary noise":            noise(1 << 20),
		"seed repeated to 4 MB":   bytes.Repeat(seed, 4<<20/len(seed)),
		"only newlines":           bytes.Repeat([]byte("\n"), 1<<20),
		"colon headlines":         bytes.Repeat([]byte("X: “Y”\n"), 50000),
		"many bullets":            bytes.Repeat([]byte("- A said it\n"), 50000),
	}
}

func noise(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func TestHostileInputs(t *testing.T) {
	for name, in := range hostileInputs() {
		t.Run(name, func(t *testing.T) {
			d, err := Parse(in)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			checkInvariants(t, in, d)
		})
	}
}

func TestEmptyInput(t *testing.T) {
	for _, in := range [][]byte{nil, {}, []byte(" "), []byte("\n\n")} {
		d, err := Parse(in)
		if err != nil || len(d.Statements()) != 0 {
			t.Errorf("Parse(%q) = %v, %v", in, d.Statements(), err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates MaxInput bytes")
	}
	_, err := Parse(make([]byte, MaxInput+1))
	if err == nil {
		t.Fatal("no error for an input over MaxInput")
	}
}
