"""Laws on the election of National Assembly and People's Council delegates."""
