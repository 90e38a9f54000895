/**
 * Plain values every feature of the service shares (the business clock). No framework types: the features' domain
 * and application layers may use them.
 */
package vn.drugctl.hotspot.shared;
