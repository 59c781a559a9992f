"""godwit: an independent benchmark corpus for assistdesk, pack jiaozuo-2024 (seed 001).

Written from the generator author's own reading of seed 001 (焦作 2024 实施意见), the intake
contract and the national freeze rules; see README.md for the readings.
"""

NAME = "godwit"
PACK = "jiaozuo-2024"
