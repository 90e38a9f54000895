/** The hotspot's rules: values that refuse with a reason, the aggregate, its events and their fixed type table. */
package vn.drugctl.hotspot.hotspot.domain;
