package record

import (
	"bufio"
	"bytes"
)

// ReadLine returns the next line without its line ending, or nil and the
// reader's error (io.EOF at the end) when there is none. A line longer
// than limit bytes is skipped without being held in memory: ReadLine then
// returns nil and tooLong.
func ReadLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	n := 0
	for {
		frag, err := br.ReadSlice('\n')
		n += len(frag)
		if n > limit+2 {
			tooLong, line = true, nil
		} else if len(frag) > 0 {
			line = append(line, frag...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if n == 0 {
			return nil, false, err
		}
		if tooLong {
			return nil, true, nil
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > limit {
			// within the two bytes allowed for the line ending
			return nil, true, nil
		}
		if line == nil {
			line = []byte{}
		}
		return line, false, nil
	}
}
