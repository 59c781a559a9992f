"""The centre's own records: account facts kept in the database, and the freeze register."""
