"""proeftuin: the virtual platform of the Drechtsteden proeftuin beleid."""
