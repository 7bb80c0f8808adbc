package train

import (
	"os/exec"
	"strings"
	"testing"
)

// The library does not link training or scoring: the packages the root
// package depends on include neither this package nor the BRAT reader
// nor the scorer.
func TestLibraryDeps(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found")
	}
	const root = "github.com/attrib-go/attrib"
	cmd := exec.Command(goTool, "list", "-deps", root)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v\n%s", root, err, stderr.String())
	}
	deps := strings.Fields(string(out))
	if len(deps) == 0 || deps[len(deps)-1] != root {
		t.Fatalf("go list -deps %s: unexpected output %q", root, out)
	}
	banned := []string{
		root + "/internal/model/train",
		root + "/internal/brat",
		root + "/internal/eval",
		root + "/internal/testsupport/",
	}
	for _, d := range deps {
		for _, b := range banned {
			if d == b || strings.HasSuffix(b, "/") && strings.HasPrefix(d, b) {
				t.Errorf("%s depends on %s", root, d)
			}
		}
	}
}
