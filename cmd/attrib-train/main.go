// Command attrib-train trains the attribution extractor of internal/model
// on a PolNeAR-style corpus split and writes its weights file.
//
//	attrib-train -data polnear/train -dev polnear/dev -o internal/model/weights.bin
//
// The dev split only chooses the number of training epochs of each tagger.
// Training is deterministic: the same data and flags give the same file.
package main

import (
	"bytes"
	"crypto/sha256"
	"flag"
	"log"
	"os"
	"time"

	"github.com/attrib-go/attrib/internal/eval"
	"github.com/attrib-go/attrib/internal/model"
)

func main() {
	data := flag.String("data", "", "training split directory (text/ and attributions/)")
	dev := flag.String("dev", "", "development split directory, for model selection")
	out := flag.String("o", "internal/model/weights.bin", "output weights file")
	cueEpochs := flag.Int("cue-epochs", 8, "maximum epochs of the cue tagger")
	roleEpochs := flag.Int("role-epochs", 8, "maximum epochs of the role tagger")
	prune := flag.Float64("prune", 0.5, "drop features whose largest averaged weight is smaller")
	seed := flag.Uint64("seed", 1, "shuffling seed")
	flag.Parse()
	if *data == "" || *dev == "" {
		flag.Usage()
		os.Exit(2)
	}
	start := time.Now()
	train, _, err := model.LoadDir(*data)
	if err != nil {
		log.Fatal(err)
	}
	devDocs, devGold, err := model.LoadDir(*dev)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("loaded %d train and %d dev documents in %s", len(train), len(devDocs), time.Since(start).Round(time.Millisecond))
	m, res := model.Train(train, devDocs, devGold, model.TrainConfig{
		CueEpochs: *cueEpochs, RoleEpochs: *roleEpochs, Prune: *prune, Seed: *seed, Log: os.Stderr,
	})
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	// score the model as written, after quantization
	m2, err := model.Load(buf.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	res = model.Evaluate(m2, devDocs, devGold)
	res.ByContentKind = nil
	_ = res.WriteText(os.Stderr)
	_ = eval.Result{}
	log.Printf("wrote %s: %d bytes, sha256 %x, in %s", *out, buf.Len(), sha256.Sum256(buf.Bytes()), time.Since(start).Round(time.Second))
}
