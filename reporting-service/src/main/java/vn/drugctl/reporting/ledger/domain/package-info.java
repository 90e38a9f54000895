/**
 * The report ledger: what each aggregate (a registry person, a hotspot, an incident, a surveillance record)
 * contributes to the report counters, as entries (unit, business date, measure, amount). An aggregate's ledger is a
 * pure function of its events ({@link vn.drugctl.reporting.ledger.domain.Projector}); when its events change (a new
 * one, a back-dated one, a correction), the counters change by the difference between its new and its old ledger,
 * so a report sums counters and never replays events.
 *
 * <p>Two kinds of measure: a <em>stock</em> (how many are in a state: +1 on the day one enters it, -1 on the day one
 * leaves it; its value on a date is the sum of its entries up to that date) and a <em>flow</em> (how many things
 * happened: +1 on the day it happened; its value over a period is the sum of its entries in the period). A period
 * report is then baseline (stock up to the day before {@code from}) + added (flows in) - removed (flows out) =
 * current (stock up to {@code to}), which balances by construction because every stock step is written with the
 * flow that explains it.
 */
package vn.drugctl.reporting.ledger.domain;
