package record

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/attrib-go/attrib"
)

// The claim types are the library's JSON form; see attrib.ClaimRecord.
type (
	Claim       = attrib.ClaimRecord
	ClaimEvent  = attrib.ClaimRecordEvent
	ClaimMember = attrib.ClaimRecordMember
)

// NewClaim returns the JSON form of c.
func NewClaim(c *attrib.Claim) Claim { return attrib.NewClaimRecord(c) }

// WriteClaims writes claims as JSON Lines, one claim per line, without
// HTML escaping.
func WriteClaims(w io.Writer, claims []attrib.Claim) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range claims {
		buf.Reset()
		if err := enc.Encode(NewClaim(&claims[i])); err != nil {
			return err
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// WriteClaimRecords writes claims already in their JSON form as
// WriteClaims writes claims.
func WriteClaimRecords(w io.Writer, claims []Claim) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range claims {
		buf.Reset()
		if err := enc.Encode(&claims[i]); err != nil {
			return err
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
