/** Hotspots in MongoDB: the scoped repository, the stored document and the event codec. */
package vn.drugctl.hotspot.hotspot.infrastructure.mongo;
