/** The drug-free rules file ({@code drugctl/drug-free-rules.yml}) bound and turned into the domain's books. */
package vn.drugctl.reporting.drugfree.infrastructure.config;
