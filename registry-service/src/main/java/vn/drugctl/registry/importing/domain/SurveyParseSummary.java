package vn.drugctl.registry.importing.domain;

/**
 * The outcome of reading one review file.
 *
 * @param accepted  rows reported as accepted
 * @param rejected  rows reported as rejected (not counting a refused header)
 * @param complete  false when the file was refused at the header or could not be read to its end; the rows before
 *                  the point of failure were still reported
 */
public record SurveyParseSummary(int accepted, int rejected, boolean complete) {
    public int rows() {
        return accepted + rejected;
    }
}
