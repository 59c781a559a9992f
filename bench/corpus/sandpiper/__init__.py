"""sandpiper: independent corpus generator for provident-fund deductions (扣划)."""
