// Package syntax tags, lemmatizes and parses sentences: for each word its
// universal part-of-speech tag (UPOS), lemma, head and Universal
// Dependencies v2 relation. The entry points are Parse, with the embedded
// English model, and (*Model).Parse / ParseTo with any model Load reads.
//
// The English model is trained on UD English EWT (CC BY-SA 4.0; the
// weights derive from it and carry that licence) by
//
//	go run ./cmd/attrib-train-syntax -lang en -ud ../shared/corpora/ud -o internal/syntax/en.bin
//
// which trains on the train split, picks the epochs on dev and reports dev
// and test scores; the same data and flags give the same bytes. The same
// command trains Dutch (-lang nl, LassySmall) and French (-lang fr,
// Sequoia). The figures are in BENCHMARKS.md.
//
// # Tagger
//
// A greedy left-to-right averaged perceptron over the treebank's UPOS
// tags, with features of the word (form, lower-cased form, prefixes,
// suffixes of one to four characters, shape), of the two words on each
// side, of the two tags before, and of the usual tag in training of the
// word and of the two words after it (a look ahead the greedy tagger has
// no tags for). Forms seen at least 20 times in training with one tag in
// at least 97% of cases, or at least 5 times always with one tag, take
// that tag from a dictionary, without scoring. Forms seen only once in
// training are known by their shape alone, so that unseen words do not
// draw on the hashed rows of other features.
//
// # Fine tags
//
// A second tagger gives each word a fine tag, which the parser reads
// besides the UPOS: the treebank's XPOS where it has a few of them (the 49
// Penn Treebank tags of EWT, which tell VBD from VBN, IN from RP and TO,
// WDT from DT), else the UPOS with the values of VerbForm, Tense, Mood,
// PronType, Number and Case (78 fine tags for French Sequoia, 36 for
// Dutch LassySmall). It chooses among the fine tags seen in training with
// the word's UPOS, from 18 features (the word, its suffixes and shape, the
// two fine tags before, the words around it and the usual tag of the
// next, each joined to the UPOS); a word is not scored when its UPOS was
// seen with one fine tag only, or when its form is in a dictionary of
// fine tags made as the tag dictionary. It is trained on gold UPOS, and
// the parser's training data gets its fine tags from the fold taggers
// (below) like its UPOS. On EWT dev 93.9% of the fine tags are right
// (94.8% of the UPOS).
//
// # Lemmas
//
// A lemma is made from the form (as it is or lower-cased) by cutting bytes
// from its end and adding a string. The rule of a word is learned from the
// training data: the rule of its lower-cased form and tag when the data
// had it and the suffix rules would get it wrong, else the rule of the
// longest suffix (up to five characters) seen with that tag.
//
// # Parser
//
// Arc-hybrid transitions (SHIFT, LEFT, RIGHT), with the root placed at the
// end of the buffer: a LEFT onto the root is allowed only for the last word
// on the stack, so every parse has exactly one root, and every sentence of
// n words takes exactly 2n moves (linear time, any length). An averaged
// perceptron scores the moves from 92 feature templates, most in the
// manner of Zhang and Nivre (2011): words, tags and suffixes of the three
// top stack words and three first buffer words, the leftmost and
// rightmost children of s0, s1 and b0 with their relations, valencies and
// distances. Seven templates read the fine tags of s0, s1, b0 and b1
// (each alone, s0 with b0, s1 with s0 and b0, s0 with b0 and b1), and two
// the number of punctuation marks between s0 and b0 and between s1 and s0
// with the UPOS of the two words. It is trained with the dynamic oracle of Goldberg and Nivre
// (2013): the gold move is any move that loses no reachable gold arc, and
// from the second epoch on the parser follows its own wrong move nine
// times in ten, so that it learns to recover from its errors (one point of
// UAS on EWT dev over following the oracle only). Three features count the
// verbs still to come, for the choice of the root. The parser is trained
// three times, each on its own shuffling and exploration, and the weights
// of each run's best epoch on dev are summed into one model. It is trained
// on the tags (UPOS and fine) of taggers each trained on four fifths of the
// training data and tagging the fifth left out, with the vocabulary and tag
// dictionaries of its four fifths only, so that the training tags are about as wrong as
// those of new text (0.960 accurate; with the whole data's vocabulary, the
// left-out words were known and 0.967 were right).
//
// A second perceptron picks the relation of each arc, from 35 of the move
// features moved to other rows by the arc's direction, among the
// relations seen in training with that direction and the UPOS of head and
// dependent (none to score when only one was seen).
//
// # Second pass
//
// With -second 2, the trainer adds a second pass (not in the embedded
// model, for its cost): the words are parsed again right to left, over
// the words reversed, with the features of the first pass and nine more
// that say where the first pass put the heads of s0, s1 and b0 (b0, s1,
// deeper in the stack, further right), the first pass's relation of s0
// and how many of its first-pass dependents are still unattached; its
// relation classifier also sees the first pass's relation for the arc. It
// is trained on the trees that first passes, each trained on four fifths
// of the data, give for the fifth left out (stacking), so that it learns
// how far to trust a first pass as good as the one it will follow; its
// tree is the result. On EWT test it gained 0.5 point of UAS and 0.6 of
// LAS over the first pass alone, at about 2.4 times the parsing time
// (BENCHMARKS.md; measured before the fine tags). -second 1 runs the second pass left to right (about
// the same gain on dev).
//
// # Beam search
//
// With -beam K, the trainer trains the move weights for a beam search of
// width K (not in the embedded model, for its cost): K hypotheses advance
// in step, each extension scored by the move weights and added to its
// hypothesis's score, the K best kept; every parse takes 2n moves, so
// they finish together. Training is the structured perceptron (Zhang and
// Clark 2008; Zhang and Nivre 2011): each sentence is searched to the end
// beside a gold track, the best-scoring sequence of moves that lose no
// gold arc (the dynamic oracle's zero-cost moves, so any of the orders
// that build the gold tree), and the weights move where the best
// hypothesis, having lost a gold arc, beats the gold track by the most
// (max-violation, Huang et al. 2012; -early updates where the last
// hypothesis losing no gold arc falls out of the beam). Weights are
// averaged over sentences. Relations are still chosen by the relation
// perceptron, once per kept hypothesis, and learned on the gold track's
// arcs. A hypothesis is a few words of state over a persistent stack of
// nodes holding the children the features read, so a step costs the same
// at any sentence length. Width 1 of the beam code is the greedy parse.
// The width is stored in the model file; Model.WithBeam decodes another.
//
// Non-projective trees: arc-hybrid builds projective trees only. In
// training, each non-projective arc is lifted to the head's head until the
// tree is projective (392 of 204,577 EWT training arcs), keeping its
// relation; nothing undoes the lifting when parsing. The arcs a projective
// parser cannot build are at most 0.12% of the words of EWT test (0.15% of
// dev), so UAS could gain at most that much from non-projective parsing;
// for Dutch LassySmall test it is 0.9%, for French Sequoia 0.2%.
//
// # Weights
//
// Features are hashed (64-bit mixing of the template and its values) to a
// row of a table of 2^k rows; a row holds one signed 8-bit weight per
// class: the averaged perceptron weights scaled so that the largest
// magnitude is 127 (clipping the largest weights, or fitting levels to the
// distribution, cost accuracy). The embedded model has 2^16 tagger rows,
// 2^15 fine tagger rows, 2^19 move rows and 2^14 relation rows (5.8 MB):
// tables four times as large gave no more than 0.3 point of UAS and LAS
// on EWT test, at half the speed, the lookups being most of the time and
// the cache the limit. Tables, tag dictionaries, vocabulary and lemma
// rules are read in place from the model's bytes, so loading takes a
// fraction of a millisecond.
package syntax
