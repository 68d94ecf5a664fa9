package oci

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/hourglass-exchange/hourglass/redeemer/executor"
)

// Images turns a job's image reference (name@sha256:<hex>) into the
// directory of its unpacked root filesystem. The executor never writes
// there: each lease gets an overlay on top of it, so many leases share one
// unpacked image and a lease's files vanish with its bundle.
//
// Rootfs returns an error wrapping executor.ErrImageUnavailable when the
// image cannot be had (not pulled, not found in its registry); any other
// error is the provider's fault.
type Images interface {
	Rootfs(ctx context.Context, image string) (string, error)
}

// imageRef matches an image by digest: a name, "@sha256:" and 64 lower
// hex digits. A tag alone is refused: the holder signed a digest.
var imageRef = regexp.MustCompile(`^[a-z0-9][a-z0-9._/:-]*@sha256:([0-9a-f]{64})$`)

// ImageDigest returns the hex of image's sha256 digest, or an error
// wrapping executor.ErrSpecInvalid when image is not name@sha256:<hex>.
func ImageDigest(image string) (string, error) {
	m := imageRef.FindStringSubmatch(image)
	if m == nil {
		return "", fmt.Errorf("%w: image %q is not name@sha256:<64 hex digits>", executor.ErrSpecInvalid, image)
	}
	return m[1], nil
}

// ImageDir is Images over a directory of images already unpacked, one per
// digest: Dir/<hex>/rootfs, the layout `umoci unpack` writes. It pulls
// nothing: a digest that is not there is executor.ErrImageUnavailable.
//
// A provider fills it ahead of the lease (the redeemer hands the agent the
// spec before the window starts), for example:
//
//	skopeo copy docker://ghcr.io/acme/train@sha256:<hex> oci:/var/lib/hourglass/oci:<hex>
//	umoci unpack --image /var/lib/hourglass/oci:<hex> /var/lib/hourglass/images/<hex>
//
// TODO(issue 14): an Images that pulls by digest in process
// (go-containerregistry: remote.Image by digest, verify, mutate.Extract
// into Dir/<hex>/rootfs), mapping a registry 404 to ErrImageUnavailable.
type ImageDir struct {
	Dir string
}

var _ Images = ImageDir{}

// Rootfs returns Dir/<hex>/rootfs for image.
func (d ImageDir) Rootfs(_ context.Context, image string) (string, error) {
	hex, err := ImageDigest(image)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(d.Dir, hex, "rootfs")
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return "", fmt.Errorf("%w: %s is not unpacked in %s", executor.ErrImageUnavailable, image, d.Dir)
	case err != nil:
		return "", fmt.Errorf("oci: image %s: %w", image, err)
	case !fi.IsDir():
		return "", fmt.Errorf("oci: image %s: %s is not a directory", image, dir)
	}
	return dir, nil
}
