"""Assistant: question → query analysis → hybrid retrieval → answer with numbered citations."""
