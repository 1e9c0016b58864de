"""Laws on the organisation of local government: seats, organs, which units exist."""
