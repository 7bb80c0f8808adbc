// Command attrib-train-syntax trains the part-of-speech tagger, lemmatizer
// and dependency parser of internal/syntax on a Universal Dependencies
// treebank and writes the model file.
//
//	go run ./cmd/attrib-train-syntax -lang en -ud ../shared/corpora/ud -o internal/syntax/en.bin
//
// Training uses the train split, picks the numbers of epochs on dev and
// reports dev and test scores. The same data and flags give the same bytes.
// With -second 2 the model parses twice, the second time right to left
// guided by the first (more accurate, two to three times slower; see the
// package documentation of internal/syntax); `attrib syntax -model FILE`
// uses such a model.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/attrib-go/attrib/internal/syntax"
)

// treebanks names the train, dev and test files of each language.
var treebanks = map[string][3]string{
	"en": {"en_ewt/en_ewt-ud-train.conllu", "en_ewt/en_ewt-ud-dev.conllu", "en_ewt/en_ewt-ud-test.conllu"},
	"nl": {"nl_lassysmall/nl_lassysmall-ud-train-2017.conllu", "nl_lassysmall/nl_lassysmall-ud-dev.conllu", "nl_lassysmall/nl_lassysmall-ud-test.conllu"},
	"fr": {"fr_sequoia/fr_sequoia-ud-train.conllu", "fr_sequoia/fr_sequoia-ud-dev.conllu", "fr_sequoia/fr_sequoia-ud-test.conllu"},
}

func main() {
	lang := flag.String("lang", "en", "language: en, nl or fr")
	ud := flag.String("ud", "../shared/corpora/ud", "folder of the UD treebanks")
	out := flag.String("o", "", "model file to write (none: only report scores)")
	tagEpochs := flag.Int("tag-epochs", 10, "largest number of tagger epochs")
	parseEpochs := flag.Int("parse-epochs", 12, "largest number of parser epochs")
	seed := flag.Uint64("seed", 1, "seed of shuffling and exploration")
	flag.UintVar(&cfg.TagBits, "tag-bits", 16, "tagger weight rows, as a power of two")
	flag.UintVar(&cfg.FineBits, "fine-bits", 15, "fine tagger weight rows, as a power of two")
	flag.UintVar(&cfg.MoveBits, "move-bits", 19, "parser move weight rows, as a power of two")
	flag.UintVar(&cfg.LabelBits, "label-bits", 14, "parser label weight rows, as a power of two")
	flag.Float64Var(&cfg.Explore, "explore", 0.9, "probability of following a wrong parser move in training")
	flag.IntVar(&cfg.ParseRuns, "parse-runs", 3, "parser trainings whose weights are summed")
	second := flag.Uint("second", 0, "a second parser pass guided by the first: 0 none, 1 left to right, 2 right to left")
	flag.BoolVar(&cfg.Fine, "fine", true, "add a tagger of fine tags (XPOS, or UPOS with a few features) whose tags the parser uses")
	flag.IntVar(&cfg.Beam, "beam", 1, "train the parser for a beam search of this width (structured perceptron, max-violation update); 1: greedy")
	flag.BoolVar(&cfg.EarlyUpdate, "early", false, "with -beam, update where the gold sequence falls out of the beam")
	flag.StringVar(&decodeBeams, "decode-beams", "", "also report dev and test scores decoding with these beam widths (comma-separated)")
	flag.BoolVar(&cfg.TagOnly, "tag-only", false, "train the tagger only, report dev accuracy and stop")
	flag.Parse()
	cfg.Second = uint8(*second)
	if err := run(*lang, *ud, *out, *tagEpochs, *parseEpochs, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "attrib-train-syntax:", err)
		os.Exit(1)
	}
}

var (
	cfg         syntax.TrainConfig
	decodeBeams string
)

func read(path string) ([]*syntax.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return syntax.ReadAll(f)
}

func run(lang, ud, out string, tagEpochs, parseEpochs int, seed uint64) error {
	files, ok := treebanks[lang]
	if !ok {
		return fmt.Errorf("no treebank for language %q", lang)
	}
	var data [3][]*syntax.Sentence
	for i, f := range files {
		s, err := read(filepath.Join(ud, f))
		if err != nil {
			return err
		}
		data[i] = s
	}
	start := time.Now()
	cfg.Lang, cfg.Train, cfg.Dev = lang, data[0], data[1]
	cfg.TagEpochs, cfg.ParseEpochs, cfg.Seed, cfg.Log = tagEpochs, parseEpochs, seed, os.Stderr
	m, err := syntax.Train(cfg)
	if err != nil {
		return err
	}
	fmt.Printf("%s: trained in %.0f s, model %d bytes\n", lang, time.Since(start).Seconds(), m.Size())
	fmt.Printf("%s dev:  %v\n", lang, syntax.Evaluate(m, data[1]))
	fmt.Printf("%s test: %v\n", lang, syntax.Evaluate(m, data[2]))
	for _, f := range strings.Split(decodeBeams, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			continue
		}
		bm := m.WithBeam(k)
		for i, name := range []string{"dev", "test"} {
			t0 := time.Now()
			sc := syntax.Evaluate(bm, data[i+1])
			fmt.Printf("%s %s, beam %d: %v (%.2f s)\n", lang, name, k, sc, time.Since(t0).Seconds())
		}
	}
	if out != "" {
		return os.WriteFile(out, m.Encode(), 0o644)
	}
	return nil
}
