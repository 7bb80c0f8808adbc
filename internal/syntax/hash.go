package syntax

import (
	"unicode"
	"unicode/utf8"
)

// Features are hashed: a template number and up to three values mix into
// a 64-bit key, whose top bits pick a row of a weight table.

const (
	mulA = 0x9E3779B97F4A7C15
	mulB = 0xBF58476D1CE4E5B9
	mulC = 0x94D049BB133111EB
)

func fmix(h uint64) uint64 {
	h ^= h >> 31
	h *= mulB
	h ^= h >> 29
	h *= mulC
	h ^= h >> 32
	return h
}

// The feature hashes multiply once per value and mix once at the end,
// cheaper than fmix per value; without the final step, small values
// (tags, distances) fell into a third as many rows as they should.
func h1(t, a uint64) uint64       { return fin(((t+1)*mulA ^ a) * mulB) }
func h2(t, a, b uint64) uint64    { return fin((((t+1)*mulA^a)*mulB ^ b) * mulC) }
func h3(t, a, b, c uint64) uint64 { return fin(((((t+1)*mulA^a)*mulB^b)*mulC ^ c) * mulA) }

func fin(h uint64) uint64 {
	h ^= h >> 32
	return h * mulB
}

// strHash hashes a string (FNV-1a, then mixed).
func strHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return fmix(h)
}

func bytesHash(s []byte) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return fmix(h)
}

// appendLower appends the lower-cased s to dst; ASCII is lowered in
// place, other runes through unicode.ToLower (invalid bytes become U+FFFD).
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// Word flags.
const (
	fCap    = 1 << iota // first rune upper case
	fUpper              // all letters upper case, at least two
	fDigit              // has a digit
	fHyphen             // has a hyphen inside
	fAlpha              // has a letter
	fPunct              // no letter or digit
)

// wordInfo holds the hashes of a word that the features use.
type wordInfo struct {
	form  uint64 // the form as given
	low   uint64 // lower-cased
	suf   [4]uint64
	pre   [2]uint64
	shape uint64
	mft   uint64 // the form's usual tag in training (see vocabulary), 0 if unknown
	flags uint8
}

// describe fills wi for form, using buf as scratch; it returns buf.
func describe(wi *wordInfo, form string, buf []byte) []byte {
	wi.form = strHash(form)
	buf = appendLower(buf[:0], form)
	wi.low = bytesHash(buf)
	// suffixes and prefixes of 1..4 and 1..2 runes
	end := len(buf)
	p := end
	for k := 0; k < 4; k++ {
		if p > 0 {
			p--
			for p > 0 && !utf8.RuneStart(buf[p]) {
				p--
			}
		}
		wi.suf[k] = h1(uint64(k), bytesHash(buf[p:end]))
	}
	p = 0
	for k := 0; k < 2; k++ {
		if p < end {
			_, n := utf8.DecodeRune(buf[p:])
			p += n
		}
		wi.pre[k] = h1(uint64(10+k), bytesHash(buf[:p]))
	}
	// shape: X x d or the character, runs cut at 3
	var flags uint8
	sh := uint64(14695981039346656037)
	var last rune = -1
	run := 0
	letters, uppers := 0, 0
	for i, r := range form {
		var c rune
		switch {
		case r < utf8.RuneSelf && 'a' <= r && r <= 'z', r >= utf8.RuneSelf && unicode.IsLower(r):
			c = 'x'
			letters++
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z', r >= utf8.RuneSelf && unicode.IsUpper(r):
			c = 'X'
			letters++
			uppers++
			if i == 0 {
				flags |= fCap
			}
		case '0' <= r && r <= '9', r >= utf8.RuneSelf && unicode.IsDigit(r):
			c = 'd'
			flags |= fDigit
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			c = 'x'
			letters++
		default:
			c = r
			if r == '-' && i > 0 && i < len(form)-1 {
				flags |= fHyphen
			}
		}
		if c == last {
			run++
			if run >= 3 {
				continue
			}
		} else {
			run = 0
			last = c
		}
		sh ^= uint64(c)
		sh *= 1099511628211
	}
	if letters > 0 {
		flags |= fAlpha
	}
	if uppers >= 2 && uppers == letters {
		flags |= fUpper
	}
	if letters == 0 && flags&fDigit == 0 {
		flags |= fPunct
	}
	wi.shape = fmix(sh)
	wi.flags = flags
	return buf
}
