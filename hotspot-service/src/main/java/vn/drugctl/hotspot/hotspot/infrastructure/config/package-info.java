/** The hotspot rules file ({@code drugctl/hotspot-rules.yml}) bound and turned into the domain's rule book. */
package vn.drugctl.hotspot.hotspot.infrastructure.config;
