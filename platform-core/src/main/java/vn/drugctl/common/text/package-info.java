/** Text rules every service shares: free text without hidden characters, names, folding for search. */
package vn.drugctl.common.text;
