"""Laws on the election of National Assembly and People's Council delegates."""

from hdnd._core.compat import forward_attributes

# the names of the module this package replaced (hdnd.law.elections before the layout of 2026)
__getattr__ = forward_attributes(__name__, "hdnd.law.elections.base")
