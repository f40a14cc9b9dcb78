package dev.superscale.render;

/**
 * The one Superset release the renderers target. The rendered superset_config.py sets only keys
 * this release reads (a test checks them against the release's key list), and every target runs
 * the matching image.
 */
public final class SupersetVersion {

    /** The Superset release, as on PyPI and in the image tag. */
    public static final String VERSION = "6.0.0";
    /** The upstream image of that release. */
    public static final String IMAGE = "apache/superset:" + VERSION;

    private SupersetVersion() {
    }
}
