"""plover: an independent corpus generator of provident-fund assistance bundles."""
