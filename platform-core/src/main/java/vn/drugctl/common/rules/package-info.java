/** Rules as configuration: dated rule sets, the one in force on a business date judging a change. */
package vn.drugctl.common.rules;
