"""dunlin: an independent corpus generator for the jiaozuo-2024 pack (seed 001, 焦作)."""
