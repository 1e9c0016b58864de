"""Council documents: their numbers and symbols (:mod:`hdnd.documents.symbol`).

Import the module and call its functions, in the python-stdnum style:

```pycon
>>> from hdnd.documents import symbol
>>> symbol.validate("76/nq-hdnd")
'76/NQ-HĐND'

```
"""
