package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word of a CoNLL-U sentence (a line whose ID is an
// integer). Head is 0 for the root and -1 when the file gives none ("_").
// Empty fields are written as "_".
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   int
	Deprel string
	Deps   string
	Misc   string
}

// Sentence is one CoNLL-U sentence: its comment lines (without the
// newline), its words, and the multiword-token and empty-node lines, which
// are kept verbatim and written back before the word they preceded.
type Sentence struct {
	Comments []string
	Words    []Word
	Extra    []ExtraLine
}

// ExtraLine is a multiword-token ("3-4") or empty-node ("5.1") line; Before
// is the index in Words of the word it precedes (len(Words) at the end).
type ExtraLine struct {
	Before int
	Line   string
}

// Forms returns the forms of the sentence's words.
func (s *Sentence) Forms() []string {
	f := make([]string, len(s.Words))
	for i := range s.Words {
		f[i] = s.Words[i].Form
	}
	return f
}

// maxLine bounds a CoNLL-U line; longer lines are an error.
const maxLine = 1 << 20

// Reader reads CoNLL-U sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int
	err  error
}

// NewReader returns a Reader of r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one. A malformed
// line is an error naming its line number; reading stops there.
func (r *Reader) Next() (*Sentence, error) {
	if r.err != nil {
		return nil, r.err
	}
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimSuffix(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if line[0] == '#' {
			s.Comments = append(s.Comments, line)
			continue
		}
		if err := s.addLine(line); err != nil {
			r.err = fmt.Errorf("conllu line %d: %w", r.line, err)
			return nil, r.err
		}
	}
	if err := r.sc.Err(); err != nil {
		r.err = fmt.Errorf("conllu line %d: %w", r.line+1, err)
		return nil, r.err
	}
	r.err = io.EOF
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

func (s *Sentence) addLine(line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return fmt.Errorf("%d fields, want 10", len(f))
	}
	id := f[0]
	if strings.ContainsAny(id, "-.") {
		s.Extra = append(s.Extra, ExtraLine{Before: len(s.Words), Line: line})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("word ID %q, want %d", id, len(s.Words)+1)
	}
	w := Word{ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: -1, Deprel: f[7], Deps: f[8], Misc: f[9]}
	if f[6] != "_" {
		h, err := strconv.Atoi(f[6])
		if err != nil || h < 0 || h > 1<<30 {
			return fmt.Errorf("head %q", f[6])
		}
		w.Head = h
	}
	for _, p := range []*string{&w.Lemma, &w.UPOS, &w.XPOS, &w.Feats, &w.Deprel, &w.Deps, &w.Misc} {
		if *p == "_" {
			*p = ""
		}
	}
	s.Words = append(s.Words, w)
	return nil
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	cr := NewReader(r)
	var out []*Sentence
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

// Write writes s in CoNLL-U, ending with the blank line. Tabs and line
// breaks inside fields become spaces, so the output always reads back.
func (s *Sentence) Write(w io.Writer) error {
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriter(w)
	}
	for _, c := range s.Comments {
		bw.WriteString(clean(c))
		bw.WriteByte('\n')
	}
	x := 0
	for i := 0; i <= len(s.Words); i++ {
		for ; x < len(s.Extra) && s.Extra[x].Before <= i; x++ {
			bw.WriteString(strings.NewReplacer("\n", " ", "\r", " ").Replace(s.Extra[x].Line))
			bw.WriteByte('\n')
		}
		if i == len(s.Words) {
			break
		}
		wd := &s.Words[i]
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		for j, f := range [...]string{strconv.Itoa(i + 1), wd.Form, wd.Lemma, wd.UPOS, wd.XPOS, wd.Feats,
			head, wd.Deprel, wd.Deps, wd.Misc} {
			if j > 0 {
				bw.WriteByte('\t')
			}
			if j != 0 && j != 6 {
				f = field(cleanField(f))
			}
			bw.WriteString(f)
		}
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	if !ok {
		return bw.Flush()
	}
	return nil
}

func clean(s string) string {
	if strings.ContainsAny(s, "\n\r") {
		return strings.NewReplacer("\n", " ", "\r", " ").Replace(s)
	}
	return s
}

func cleanField(s string) string {
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
	}
	return s
}
