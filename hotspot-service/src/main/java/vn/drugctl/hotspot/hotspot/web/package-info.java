/** The hotspot API under {@code /api/hotspots}: requests, responses, controllers. */
package vn.drugctl.hotspot.hotspot.web;
