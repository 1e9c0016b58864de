"""Laws on the supervisory activities of the National Assembly and People's Councils."""
