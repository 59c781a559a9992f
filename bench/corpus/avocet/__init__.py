"""avocet: an independent corpus of Shanghai (沪高法〔2021〕124号) provident-fund deductions and freezes."""

NAME = "avocet"
