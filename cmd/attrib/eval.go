package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/eval"
)

const evalUsage = `usage: attrib eval -gold DIR [-pred FILE.jsonl | -dump FILE.jsonl] [-json]

Scores attributions against BRAT gold in the PolNeAR layout: DIR/text/NAME.txt
and DIR/attributions/NAME_ANNOTATOR.ann (the first .ann by name is used).
The predictions are read from -pred, one JSON object per document:
  {"doc": NAME, "statements": [{"speaker": {"start": B, "end": B},
    "cue": {...}, "content": {"start": B, "end": B, "spans": [[B, E], ...]}}]}
with byte offsets; without -pred, the texts of DIR/text are parsed.
The figures are those of score_attributions.py, followed by the same
figures for direct-quote contents and for the others.

`

// cmdEval implements "attrib eval".
func cmdEval(args []string, stdout, stderr io.Writer) int {
	c := newCommand("eval", evalUsage, stderr)
	fs := c.fs
	gold := fs.String("gold", "", "gold corpus `DIR`")
	predFile := fs.String("pred", "", "predictions `FILE.jsonl` (default: parse DIR/text)")
	dump := fs.String("dump", "", "write the predictions made from DIR/text to `FILE.jsonl`")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	operands, status, ok := c.parse(args)
	if !ok {
		return status
	}
	if *gold == "" || len(operands) > 0 || *predFile != "" && *dump != "" {
		fs.Usage()
		return 2
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "attrib eval: %v\n", err)
		return 1
	}

	docs, err := brat.ReadDir(*gold)
	if err != nil {
		return fail(err)
	}
	if len(docs) == 0 {
		return fail(fmt.Errorf("%s: no annotated texts", *gold))
	}
	status = 0
	var preds map[string][]eval.Statement
	if *predFile != "" {
		f, err := os.Open(*predFile)
		if err != nil {
			return fail(err)
		}
		preds, err = eval.ReadPredictions(f)
		f.Close()
		if err != nil {
			return fail(fmt.Errorf("%s: %w", *predFile, err))
		}
	} else {
		var errs []error
		preds, errs = predict(docs)
		for _, err := range errs {
			fmt.Fprintf(stderr, "attrib eval: %v\n", err)
			status = 1
		}
		if *dump != "" {
			if err := writePredictions(*dump, docs, preds); err != nil {
				return fail(err)
			}
		}
	}

	res := eval.Score(docs, preds)
	if *asJSON {
		err = res.WriteJSON(stdout)
	} else {
		err = res.WriteText(stdout)
	}
	if err != nil {
		return fail(err)
	}
	return status
}

// predict parses the gold texts on all CPUs and returns their statements
// by document name, with an error for each text that could not be parsed.
func predict(docs []*brat.Document) (map[string][]eval.Statement, []error) {
	sts := make([][]eval.Statement, len(docs))
	errs := make([]error, len(docs))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(docs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				sts[i], errs[i] = predictDoc(docs[i])
			}
		}()
	}
	for i := range docs {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	preds := make(map[string][]eval.Statement, len(docs))
	var failed []error
	for i, d := range docs {
		preds[d.Name] = sts[i]
		if errs[i] != nil {
			failed = append(failed, errs[i])
		}
	}
	return preds, failed
}

// predictDoc parses one text and converts its statements.
func predictDoc(d *brat.Document) (out []eval.Statement, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("%s: panic: %v", d.Name, r)
		}
	}()
	doc, err := attrib.Parse(d.Text, attrib.WithID(d.Name))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", d.Name, err)
	}
	for _, st := range annotationView(doc) {
		out = append(out, statement(st))
	}
	return out, nil
}

// statement converts st to the prediction format: the speaker's mention
// (absent when implicit), the cue and the content's pieces.
func statement(st attrib.Statement) eval.Statement {
	var e eval.Statement
	if m := st.Speaker.Mention; !m.IsZero() {
		e.Speaker = &eval.Role{Start: m.Start, End: m.End}
	}
	if c := st.Cue.Span; !c.IsZero() {
		e.Cue = &eval.Role{Start: c.Start, End: c.End}
	}
	if len(st.Content.Spans) > 0 {
		ext := st.Content.Extent()
		e.Content = &eval.Role{Start: ext.Start, End: ext.End}
		for _, s := range st.Content.Spans {
			e.Content.Spans = append(e.Content.Spans, [2]int{s.Start, s.End})
		}
	}
	return e
}

// writePredictions writes preds as a PRED.jsonl file, in the order of docs.
func writePredictions(path string, docs []*brat.Document, preds map[string][]eval.Statement) error {
	f, err := openOutput(path, nil)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	for _, d := range docs {
		sts := preds[d.Name]
		if sts == nil {
			sts = []eval.Statement{}
		}
		if err := enc.Encode(struct {
			Doc        string           `json:"doc"`
			Statements []eval.Statement `json:"statements"`
		}{d.Name, sts}); err != nil {
			f.close(false)
			return err
		}
	}
	return f.close(true)
}
