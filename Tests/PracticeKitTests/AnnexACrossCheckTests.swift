import Foundation
import PracticeKit
import Testing

/// A workbook made while developing with openpyxl 3.1.5 (scripts kept out of the repository): five
/// list sheets and a guidance sheet, dates as serial numbers with a date format and one in five
/// as text (DD/MM/YYYY or ISO), a rich-text header cell; then, as Excel writes them, its strings
/// moved into a shared strings table except on List 7 (inline strings kept), DEFLATE throughout.
/// Each list sheet was saved as CSV by openpyxl (dates as DD/MM/YYYY).
@Suite("Annex A: a workbook and its lists saved as CSV")
struct AnnexACrossCheckTests {
  static let workbook = [UInt8](
    Data(
      base64Encoded: ""
        + "UEsDBBQAAAAIAJwehF3rBwqkLgEAAP8BAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDEueG1sTVHLboMwEPwVyx8Qk0p9"
        + "KAKkJFXVHipFqdqeHVjAiu2l9ia0f9815HVA7Kx3ZnbsfMCwjx0AiV9nfSxkR9QvlIpVB07HGfbg+aTB4DQxDK2KfQBd"
        + "jyRn1V2WPSinjZdlPvY2oczxQNZ42AQRD87p8LcCi0Mh5/Lc2Jq2o7GhyrzXLXwAffZMYKguOrVx4KNBLwI0hVzOF8uJ"
        + "MU58GRjiTS1SmB3iPoG3upBZ2gksVJQkNP+OsAZrkxJv8nMSlVfTxLytz/IvY35eb6cjrNF+m5q6Qj5JUUOjD5a2OLzC"
        + "KdP9dcVnTbrMAw4ipLBlXqUiWfJgZHwss1wd2bLij+fO5hMxXcy7Dq3xUVhomJPNHlk+TE4TIOzHi9whEbqx7PiBIKQB"
        + "Pm8Q6QJS0subl/9QSwMEFAAAAAgAnB6EXXpVSzgqAgAA5AcAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0Mi54bWyNVdtu"
        + "2zAM/RXDH1A78TWFbWBOGmwPA4oO656VhImN2pYnKcn295OcVJUIT+iTRR2SOscUxeJK2RtvAIT3p+8GXvqNEONjEPB9"
        + "Az3hD3SEQSJHynoipMlOAR8ZkMMU1HfBMgzToCft4FfFtPfMqoKeRdcO8Mw8fu57wv7W0NFr6S/8942X9tSIaSOoipGc"
        + "4AeIn6MMkGag8xzaHgbe0sFjcCz9L4vHbT5FTB6vLVy5sfaUmB2lb8r4dij9UHGCDvZCpSDyc4E1dJ3KJJn8vif1Pw5V"
        + "keb6Pf120i/p7QiHNe1+tQfRlL4kc4AjOXfihV6/wl1T8kFxQwSpCkavHlNiq2KvFupI6cilfakWRXCRR+7vWG1iSxtb"
        + "m1hkYxsTi23sycQSG9uaWKqxQHLWxJea+NJwzhBxE8sRcYnxqdrSY7hRTFbhCkkwMyDsycQWIdJggYt5EZEWEZne6BfX"
        + "kUNFNKsCZdhEDhXW0aiCWwuM51XEWkVseqOi1haYIhnxjIw8Ql6b2CEjdsmwwGxeRqJlJKY3+uF14iiGFYhvUuIgn7hu"
        + "UvIJ8qkmn5q9ilLVqYN8OleCFS5B6lBhHY3ekG36iX7ItIrMTIX7IXOosALxe5Q5yGcu8hb4nzbINfnc9MZtkLvaIJ9t"
        + "A/SqbXKHjNzVBhYx/LAGxnRQ0+87Yad24F4HRxkUPmTyHrLbOLkZgo4T1x0VgvbTspFTGJhykPiRUqENNc70YK/+AVBL"
        + "AwQUAAAACACcHoRdNC81GwgCAACXBgAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQzLnhtbI2V3Y6bMBCFXwXxAAuB8JMV"
        + "IJWQqr2otNqq7bUTJgGtwdR2kvbta7NZrz2i0V5h+5wZf2OPTHFl/EV0ANL7M9BRlH4n5fQYBOLQwUDEA5tgVMqR8YFI"
        + "NeWnQEwcSDsHDTSIwjANBtKPflXMa0+8KthZ0n6EJ+6J8zAQ/rcGyq6lv/LfFp77UyfnhaAqJnKC7yB/TCpATQOTp+0H"
        + "GEXPRo/DsfQ/rR53+RwxO372cBXW2NPF7Bl70ZOvbemHmgkoHKROQdTnAlugVGdSJL9vSf33TXWkPX5L/3muX+HtiYAt"
        + "o7/6Vnalr2BaOJIzlc/s+gVuNSXviA2RpCo4u3pcF1sVBz3QWyqjUPNLtSqCi9rycNNqW4syV9w6Yu6KjS0mrraztdRo"
        + "gSIzeJHBiywzIqhtLdogPCWK+VKVZZwt62SDi2jsFKsQgTriapk0NqSx7Y4QarxEEyJX46SIEY0jrpdp1oZmbbvRDdS2"
        + "GKOqm/U9CEfMliESA5HYbtQidbJwJHmKu8xOEaP+bJJ7t5d8ADU1qKndSyhVbYsxvjQnEhHu0g+0UGYgMjsVbqFs6bwy"
        + "fF5Lrk2IGqDJ7jE74n8aLTfMue3GjWaLMeqlJr/XaE5a/EoE1oOmH+xvhJ/6UXgUjioofMjU3fPXF/B1Itk0H8qeScmG"
        + "edipHwdwbVD6kTFpJvoFNv+i6h9QSwMEFAAAAAgAnB6EXab+dalzAQAAJAMAABgAAAB4bC93b3Jrc2hlZXRzL3NoZWV0"
        + "NC54bWxtk9tOwzAMhl+lygOQtuwAU1uJHRBcIE1DwHXWugctaUqSrfD2ONnWtRVXs/P9tn83WdRKddAlgPF+BK91TEpj"
        + "mgWlOi1BMH0nG6iR5FIJZjBVBdWNApa5IsFp6PszKlhVkyRyZ1uVRPJoeFXDVnn6KARTv0vgso1JQK4Hu6oojTugSdSw"
        + "At7BfDRYgCnt+mSVgFpXsvYU5DF5Chab0FU4xWcFre7Fnl1mL+XBJq9ZTHzrCTikxrZg+HOCFXBuO6GT70tTchtqK/vx"
        + "tf2z2x/t7ZmGleRfVWbKmDwQL4OcHbnZyfYFLjtNbxbXzLAkUrL1lF02iVIb2JEo1JifkiCiJxyZXtiyz+4nQ7gawOkQ"
        + "rvtwxDZ9NusYRWedvbCzF/bE85E9ZNrdGypqp5hMHwN/5PNfVThSrftzxi02AxiMLNPe17Wv542poqq1xyHHIv9ujneg"
        + "ztdxToxsnJ+9NEYKF5b4ikFZAfJcStMl9jl0f4zkD1BLAwQUAAAACACcHoRdemLXnRsCAADUBQAAGAAAAHhsL3dvcmtz"
        + "aGVldHMvc2hlZXQ1LnhtbJVUXW/iMBD8K1be24SkfLQKkQqUXqU7CZW2PJtkQ6w6NrUXuP77W6dAaeVQ3ZO99s54Zm1v"
        + "utPm1VYAyP7WUtlhUCGub8LQ5hXU3F7qNSjaKbWpOVJoVqFdG+BFA6plGEdRL6y5UEGWNmszk6V6g1IomBlmN3XNzfsI"
        + "pN4Ng05wWHgUqwqbhTBL13wFc8DnNQEoDI88hahBWaEVM1AOg9vOzX3SIJqMFwE7ezJnzsxS61cXPBTDIHKaQEKOjoLT"
        + "sIUxSOmYSMnbnjT4PNQhT+cH+mnjn+QtuYWxlgtRYDUMBgEroOQbiY969wv2nrqfEicceZYavWPGmc3S3E3ckZQolCvS"
        + "HA2tCzoJs3ElZMGelXjbAHuYpCGSGLcV5nvo6Dx0ZjTu7c4kV2yO3CAjFeDhGrdxuXymSyZptEi137rq5lqVYEDlPq7J"
        + "T1xYAfvNiY0k4Qa1eWcvwgr0cN39n8c7VbQ5nLYx3Uqpc8IU7Al47UHe/4xc0GsD8xUb0lUf7zs+3nfcZiiKoq7vlglg"
        + "m99BMPezttlVt9sZpOH2tOa+rOt+92vWtO1w55yNfd7bEIvBGbfJ0W1yxm3P57YNEEfx1UUnuogT3+tNPO57/c63Gnmy"
        + "elF0/a1GbQqaGo18NWpDLBJfjcKTbuC63R9uVkJZJqEkluiyTz3DfLSPjwD1ulG91Ii6bqYVdV0wLoH2S02f4BC49nVs"
        + "5Nk/UEsDBBQAAAAIAJwehF2u+fiXtQEAAJAEAAAYAAAAeGwvd29ya3NoZWV0cy9zaGVldDYueG1sjZTbUuowFIZfpZMH"
        + "MKUFAaftjByUfeGMo6NeB7pKOyZNTQLdvr1JwJJkuPCKrHzr8P9ltVnPxaesAVT0n9FW5qhWqrvDWO5qYETe8A5aTSou"
        + "GFE6FHssOwGktEWM4iSObzEjTYuKzN49iyLjB0WbFp5FJA+MEfG9AMr7HI3Q78VLs6+VvcBF1pE9vIJ663SBDvHQp2wY"
        + "tLLhbSSgytH96G6T2gqb8d5AL51zZMxsOf80wb8yR7HRBBR2yrQg+ucIS6DUdNJKvs5N0WWoqXTPv+0frH8tb0skLDn9"
        + "aEpV52iGohIqcqDqhfcbOHuaXCSuiCJFJngfCWO2yHbmYEbqRKnjYzHK8FGP3J3ZwmXprQ+XHpz6cOXBmQ/XHpz78MGF"
        + "49iHjy6c+GzjsotWrA0PrpPBdeK6DjotNJR2H3RKexIymc2SwP+fslbuoHHwfNfXWswnQYtHT2sauPbg9LrtdLCdOtlJ"
        + "MGfhwnHoNr0mdRrsxPpq1jz8Fz0VwTPZeHAcGMLOJps39YmIfdPKiEKli+Kbqd53cVr9U6B4Z/VsuVKc2WOtvxggTILm"
        + "FedqCMyrN3yEih9QSwMEFAAAAAgAnB6EXfyAI9mFAgAAEgsAAA0AAAB4bC9zdHlsZXMueG1s3VZNb9swDP0rhu+dm3g1"
        + "4iHOYS4CDFiGAu1hOyqRnAjQhyfLRbJfP1FSE7sNXWzYaQoKU3x+fCRFwV129iTY44ExmxylUF2VHqxtP2VZtzswSboP"
        + "umXKIY02kli3Nfusaw0jtAOSFNn89rbIJOEqXS1VL9fSdslO98pW6fzsSsLjC63SWfExTUK4WlNWpSe3bqS8oTRNsquE"
        + "uzHh/j7bbLIfbnlCFlVXy0ari/gsDQ4XkUiWPBNRpTURfGu4pzVEcnEK/rn37LTQJrGubgZ0cHW/wguzuIWmxFiSK21C"
        + "AkHGPyALLsSoBeBYLVtiLTNq7TaB5L1vsWg/nVqXxd6Q02x+lw4Y/uFkttpQZkblBtdqKVhjgWH4/uANq1t4bLW1WoJF"
        + "OdlrRUImL7RouNg7JsQjTMb3ZiRwbAbncgunos6myyqaIUzcgMAwXAg+iDv/u7gtf9b2c+8KUn7/s9eWPRjW8KPfH5tL"
        + "AqPwcZz+qUAWaxp0btS3szeBWazSbzDNYhBj23NhuYq7A6eUqbftc/Et2br7OhJwb1HWkF7YpzNYpRd7wyjvZXl+6wEK"
        + "i29d7K8wK7PichGcGFeUHRmt49bst95MnOFk4/KM19DaLwRCWQFEIABRLTQNlBV4qNb/WNcCryuAaIaL69ACZy1wVuBd"
        + "hWr/Q7UQVukWUnJZ5nlRoO2t6+tp1GgPiwL+kIBohsBBtUDtTzs/MQATY/PObKCnPDk2aMkTI4qWPNF5gJAeAqcskQFA"
        + "tYCDHgo6UZAEogWjhrDyHM4ZzRC95hNQWaIQDCkyvUWBNaqAH3Je6CXK87JEIACRNPIcheDCTkBoGpAICuV5+JC++p5l"
        + "L9+57PJf8Oo3UEsDBBQAAAAIAJwehF23R+uKwAAAABYCAAALAAAAX3JlbHMvLnJlbHOdkktuAjEMQK8SZV9MqcQCMazY"
        + "sEOIC7iJ56OZxJFjxPT2jdjAIGgRS/+eni2vDzSgdhxz26VsxjDEXNlWNa0AsmspYJ5xolgqNUtALaE0kND12BAs5vMl"
        + "yC3Dbta3THP8SfQKkeu6c7RldwoU9QH4rsOaI0pDWtlxgDNL/83czwrUmp2vrOz8pzXwpszz9SCQokdFcCz0kaRMi3aU"
        + "rz6e3b6k86VjYrR43+j/89CoFD35v50wpYnS10UJJm+w+QVQSwMEFAAAAAgAnB6EXSqssSZxAQAAcgMAAA8AAAB4bC93"
        + "b3JrYm9vay54bWyNkttOwzAMhl8lyj107ARM625AwCQECNDus9alFjlUjrsBT0/SahCJqeIq9e/8X+zay72j961z7+LD"
        + "aOsXlMuauVlkmS9qMMqfugZsyFWOjOIQ0lvmqgoLuHZFa8ByNh6N5hmBVozO+hobL3vaf1i+IVClrwHY6B5lFFq5Wh4q"
        + "eyKRpZFjKOJLUY3KBmHvfy/EUOzQ4xY18mcuu28NUhi0aPALylyOpPC12985wi9nWemXgpzWuTzrExsgxuKP/BLLfFVb"
        + "3ymsts+x51zORwFYIXnubnR8FYrcQbjcRy27G9QMdK0Ybsm1Ddq3DhPayJI+ul9xOIVVBnJ522KpbAGxiqCuy74iDqik"
        + "P1pgSNC67KEp4B49i4k4Ec9QAZHSPkGNB1Dj46hpYp8M2CfH7bPEPh2wT4/bzxP7bMA+O26/SOzzAfu8n81hICVUaKF8"
        + "CCAfE2E9irCb8egGMp7Ozi7DGrRaXwXt0d47Vf5M+LCeq29QSwMEFAAAAAgAnB6EXYqvkivoAAAAYwUAABoAAAB4bC9f"
        + "cmVscy93b3JrYm9vay54bWwucmVsc83UwYrCMBAG4FcJeQBHq3YXsZ724tX6AqGdNsU2CZlZ1Lc3VKEN68HDij2FmZB/"
        + "PgLJ9oCt4sYa0o0jcelaQ5nUzG4DQIXGTtHMOjRhp7K+UxxKX4NTxUnVCMl8noIfZ8jddpwpjleHryTaqmoK/LHFb4eG"
        + "nwTD2foTaUSW4qh8jZxJuLRDm6BfFrOQLMW+zKTflwsp4NOiJBIlExAtI9FyAqJVJFpNQLSOROsJiNJIlL5TRHxtkQbO"
        + "vY7mf71zPoezOIzvy3szft7ffxGPnTyX/3kfWnksc/aNqcfXMm73sKCB6E/d3QBQSwMEFAAAAAgAnB6EXVG9mihBAQAA"
        + "DAcAABMAAABbQ29udGVudF9UeXBlc10ueG1szZXPTgIxEMZfZbNXwhZRORjgol6VRF+gbmfZZvsvnQHh7Z0tQtQgSCBx"
        + "L226M/N9v84k3fHrOgBmK2scTvKaKNwJgWUNVmLhAziOVD5aSXyMcxFk2cg5iOFgMBKldwSO+tRq5NPxA1RyYSh7XPFn"
        + "1N5N8ggG8+x+k9h6TXIZgtGlJI6LpVM/XPqfDgVXphysdcAeJ+SZ2GuRQr86bAuflxCjVpDNZKQnaTlNrIxAWhvA4rDG"
        + "HkpfVboE5cuF5ZICQwSpsAYga4qNaO+INXGTYbNenQ2QZA46cuos+oA8tQin+23H0lb3AwtBJH3kkjtL1j77htBOXIH6"
        + "qzl3+N3HJs0ERdrOb/P3Oe/0TwUZdgXkuisgN10Bue0KyOg/Qd68by79KLZ7YaV2xwCwlhHUC0Xt5hd/mr9qJxDmEOkn"
        + "OP0AUEsDBBQAAAAIAJwehF0PNp02LQIAAOoFAAAUAAAAeGwvc2hhcmVkU3RyaW5ncy54bWyNVNtu4jAQ/ZVR3vpAnaRA"
        + "oYKgLF1WldoKQbs8mzCARWJT26Ht3+84lO42MasiiyjnzOXMxDOD0VuRwwG1EUoOg+gyDABlplZCbobB89Ok1QtGycAY"
        + "C2QozTDYWru/YcxkWyy4uVR7lMSslS64pVe9YWavka/MFtEWOYvDsMsKLmQAmSqlHQbtqwBKKV5KHH8ClEIkA5ukUuIb"
        + "pJBpZUyLcmQ7eFV6t1RqN2A2GTBnd7Qdb0W+gucqEtzd1ulfKFeov6KazpT+lnDgOZUbACO2gqoCb8yeZzgMqAKD+oBB"
        + "csstglrDMY6uQthE4xq15vkn+k/e2QcHj5N0VBeV5rnKKOQKnpAX59kF1VwXTxWH9KuD/AIeeI51eHkBj6oOuqSQ1tFF"
        + "15co8jr/aDi3fc6xR86ELkxT56Jh6vyv6mAcxp1WeN2K+z7zhoZK69hn2qmDYY/RcfEb0nq+AI1mLRpix0paIUtVGkiN"
        + "QWMKlBbmlmsL7kJ9z/509dLSbpUWhluaUX9f+nT8TLcVN6o4+USNth2ZXiu+bjB9RnPs69LcahK6eYeVMFlp3CIBIYUV"
        + "pFduYI6Z0w3ta/gpX0qh3//TiFPJd5V/DscRn2plP6JQp2i6aEP5XavIND5WwRLhnpYGvaRr2xylvxpcvgdFC26GmWv7"
        + "NKcV4D7AOXH39DTV57SlVVTPDA8CX8+bO2OVuXrcWMNvYYQ/+Bi5+Zb6KGJR6P0aUYcR+ZVhtL6TP1BLAQIUAxQAAAAI"
        + "AJwehF3rBwqkLgEAAP8BAAAYAAAAAAAAAAAAAACAAQAAAAB4bC93b3Jrc2hlZXRzL3NoZWV0MS54bWxQSwECFAMUAAAA"
        + "CACcHoRdelVLOCoCAADkBwAAGAAAAAAAAAAAAAAAgAFkAQAAeGwvd29ya3NoZWV0cy9zaGVldDIueG1sUEsBAhQDFAAA"
        + "AAgAnB6EXTQvNRsIAgAAlwYAABgAAAAAAAAAAAAAAIABxAMAAHhsL3dvcmtzaGVldHMvc2hlZXQzLnhtbFBLAQIUAxQA"
        + "AAAIAJwehF2m/nWpcwEAACQDAAAYAAAAAAAAAAAAAACAAQIGAAB4bC93b3Jrc2hlZXRzL3NoZWV0NC54bWxQSwECFAMU"
        + "AAAACACcHoRdemLXnRsCAADUBQAAGAAAAAAAAAAAAAAAgAGrBwAAeGwvd29ya3NoZWV0cy9zaGVldDUueG1sUEsBAhQD"
        + "FAAAAAgAnB6EXa75+Je1AQAAkAQAABgAAAAAAAAAAAAAAIAB/AkAAHhsL3dvcmtzaGVldHMvc2hlZXQ2LnhtbFBLAQIU"
        + "AxQAAAAIAJwehF38gCPZhQIAABILAAANAAAAAAAAAAAAAACAAecLAAB4bC9zdHlsZXMueG1sUEsBAhQDFAAAAAgAnB6E"
        + "XbdH64rAAAAAFgIAAAsAAAAAAAAAAAAAAIABlw4AAF9yZWxzLy5yZWxzUEsBAhQDFAAAAAgAnB6EXSqssSZxAQAAcgMA"
        + "AA8AAAAAAAAAAAAAAIABgA8AAHhsL3dvcmtib29rLnhtbFBLAQIUAxQAAAAIAJwehF2Kr5Ir6AAAAGMFAAAaAAAAAAAA"
        + "AAAAAACAAR4RAAB4bC9fcmVscy93b3JrYm9vay54bWwucmVsc1BLAQIUAxQAAAAIAJwehF1RvZooQQEAAAwHAAATAAAA"
        + "AAAAAAAAAACAAT4SAABbQ29udGVudF9UeXBlc10ueG1sUEsBAhQDFAAAAAgAnB6EXQ82nTYtAgAA6gUAABQAAAAAAAAA"
        + "AAAAAIABsBMAAHhsL3NoYXJlZFN0cmluZ3MueG1sUEsFBgAAAAAMAAwAIAMAAA8WAAAAAA=="
    ) ?? Data())

  static let lists: [String] = [
    """
    Child Unique ID,Gender,Date of referral,Referral NFA?,Allocated Team,Allocated Worker
    C0000,a) Male,09/09/2025,b) No,Team A,W6
    C0001,a) Male,02/09/2025,b) No,Team B,W4
    C0002,b) Female,28/06/2025,b) No,Team B,W2
    C0003,a) Male,2025-07-29,b) No,Team A,W2
    C0004,a) Male,27/08/2025,b) No,Team C,W6
    C0005,a) Male,08/08/2025,b) No,Team C,W8
    C0006,b) Female,29/06/2025,b) No,Team B,W3
    """,
    """
    Child Unique ID,Continuous Assessment Start Date,Continuous Assessment Date of Authorisation,Allocated Team,Allocated Worker
    C0000,2025-09-09,27/09/2025,Team A,W6
    C0001,02/09/2025,,Team B,W4
    C0002,2025-06-28,,Team B,W2
    C0003,29/07/2025,2025-09-14,Team A,W2
    C0004,2025-08-27,,Team C,W6
    C0005,08/08/2025,05/09/2025,Team C,W8
    C0006,29/06/2025,,Team B,W3
    """,
    """
    Child Unique ID,Strategy discussion initiating Section 47 Enquiry Start Date,Date of Initial Child Protection Conference,Allocated Team,Allocated Worker
    C0000,10/09/2025,20/09/2025,Team A,W6
    """,
    """
    Child Unique ID,Child Protection Plan Start Date,Date of latest review conference,Date of the Last Statutory Visit,Child Protection Plan End Date,Allocated Team,Allocated Worker
    C0005,14/08/2024,,14/11/2025,,Team C,W8
    C0006,2024-10-23,14/01/2025,18/12/2025,,Team B,W3
    """,
    """
    Child Unique ID,Date Started to be Looked After,Start Date of Most Recent Placement,Date of Latest Statutory Review,Date of Last Social Work Visit,Date Ceased to be Looked After,Allocated Team,Allocated Worker
    C0002,13/08/2025,13/08/2025,11/10/2025,22/10/2025,,Team B,W2
    C0005,15/11/2025,15/11/2025,,29/11/2025,,Team C,W8
    """,
  ]

  @Test("the workbook reads to the same events, lists and items as its lists saved as CSV")
  func sameAsCSV() throws {
    let contents = try CaseloadFile.contents(xlsx: Self.workbook)
    #expect(
      contents.annexALists == [
        .referrals, .assessments, .section47Enquiries, .childProtection,
        .lookedAfter,
      ])
    #expect(contents.skippedSheets == ["Guidance"])
    let csv = try Self.lists.flatMap { try CaseloadFile.events(csvText: $0) }
    #expect(contents.events == csv)
    // 7 referrals, 3 authorisations, 2 from List 5, 5 from List 7, 7 from List 8: 24 filled
    // dated cells, and C0002's latest review (2 months in) taken as the first: no assumed one.
    #expect(contents.events.count == 24)
    let asOf = try CaseloadFile.day("2025-12-19")
    let fromWorkbook = try Caseload(events: contents.events).due(asOf: asOf)
    let fromCSV = try Caseload(events: csv).due(asOf: asOf)
    #expect(fromWorkbook.items == fromCSV.items)
    #expect(!fromWorkbook.items.isEmpty)
  }
}
