"""Understanding, measured on data written blind: single utterances and simulated dialogues."""
