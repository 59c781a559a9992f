"""curlew: an independent synthetic test-corpus generator for assistdesk (non-deduction kinds)."""
NAME = "curlew"
