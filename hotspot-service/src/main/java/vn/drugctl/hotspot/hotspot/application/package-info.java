/** Hotspot use cases (create, read, search, change) and their ports ({@code Hotspots}, the audit port). */
package vn.drugctl.hotspot.hotspot.application;
