package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

const syntaxUsage = `Usage: attrib syntax [-conllu] [-model FILE] [PATH...]

syntax tags, lemmatizes and parses text with the embedded English model
(trained on UD English EWT), or the model in FILE (as attrib-train-syntax
writes it: another language, or the slower and more accurate parser of
-second 2), and writes CoNLL-U to standard output: UPOS,
LEMMA, HEAD and DEPREL are filled in. Plain text is split into sentences
and tokens as attrib does before extracting statements; with -conllu the
input is CoNLL-U, whose sentences and words are kept (other columns too).
Without PATH, or with "-", standard input is read.

Flags:
`

func cmdSyntax(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("attrib syntax", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, syntaxUsage)
		fs.PrintDefaults()
	}
	conllu := fs.Bool("conllu", false, "read CoNLL-U instead of plain text")
	modelPath := fs.String("model", "", "a model file written by attrib-train-syntax (default: the embedded English model)")
	paths, err := parseFlags(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	m, err := loadSyntaxModel(*modelPath)
	if err != nil {
		fmt.Fprintf(stderr, "attrib syntax: %v\n", err)
		return 1
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	status := 0
	for _, p := range paths {
		var r io.Reader = stdin
		name := "stdin"
		if p != "-" {
			f, err := os.Open(p)
			if err != nil {
				fmt.Fprintf(stderr, "attrib syntax: %v\n", err)
				status = 1
				continue
			}
			r, name = f, p
			defer f.Close()
		}
		if *conllu {
			err = syntaxCoNLLU(m, r, out)
		} else {
			err = syntaxText(m, r, name, out)
		}
		if err != nil {
			fmt.Fprintf(stderr, "attrib syntax: %s: %v\n", name, err)
			status = 1
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(stderr, "attrib syntax: %v\n", err)
		return 1
	}
	return status
}

// loadSyntaxModel reads the model in path, or returns the embedded one.
func loadSyntaxModel(path string) (*syntax.Model, error) {
	if path == "" {
		return syntax.Default()
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := syntax.Load(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// fill sets the analysed columns of s's words.
func fill(s *syntax.Sentence, toks []syntax.Token) {
	for i, t := range toks {
		w := &s.Words[i]
		w.UPOS, w.Lemma, w.Head, w.Deprel = t.UPOS, t.Lemma, t.Head, t.Deprel
	}
}

func syntaxCoNLLU(m *syntax.Model, r io.Reader, out *bufio.Writer) error {
	cr := syntax.NewReader(r)
	var toks []syntax.Token
	for {
		s, err := cr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		toks = m.ParseTo(toks[:0], s.Forms())
		fill(s, toks)
		if err := s.Write(out); err != nil {
			return err
		}
	}
}

// maxLine bounds a line of plain text; longer lines are an error.
const maxLine = 1 << 30

// syntaxText reads plain text line by line, so that memory stays that of
// the longest line: a line break always ends a sentence, so the
// sentences are those of the whole text.
func syntaxText(m *syntax.Model, r io.Reader, name string, out *bufio.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	var toks []textproc.Token
	var forms []string
	var got []syntax.Token
	n := 0
	for sc.Scan() {
		norm, _ := textproc.Normalize(sc.Bytes())
		text := string(norm)
		toks = textproc.AppendTokens(toks[:0], text)
		for _, st := range textproc.Sentences(text, toks) {
			if st.From >= st.To {
				continue
			}
			n++
			forms = forms[:0]
			for _, t := range toks[st.From:st.To] {
				forms = append(forms, t.Text)
			}
			got = m.ParseTo(got[:0], forms)
			s := &syntax.Sentence{Comments: []string{
				"# sent_id = " + strconv.Itoa(n),
				"# text = " + strings.Join(strings.Fields(text[st.S:st.E]), " "),
			}}
			if n == 1 {
				s.Comments = append([]string{"# newdoc id = " + name}, s.Comments...)
			}
			for i, t := range toks[st.From:st.To] {
				w := syntax.Word{ID: i + 1, Form: t.Text}
				if k := st.From + i + 1; k < st.To && toks[k].S == t.E {
					w.Misc = "SpaceAfter=No"
				}
				s.Words = append(s.Words, w)
			}
			fill(s, got)
			if err := s.Write(out); err != nil {
				return err
			}
		}
	}
	return sc.Err()
}
