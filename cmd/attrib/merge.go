package main

import (
	"fmt"
	"io"
)

func cmdMerge(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "attrib merge: not built yet")
	return 2
}
