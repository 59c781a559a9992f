"""stint: synthetic Shanghai (沪高法〔2021〕124号) court bundles for assistdesk's benchmark."""

NAME = "stint"
