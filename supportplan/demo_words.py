"""Fictional people and the kind of things they say, for demo plan books. Nobody here is real."""

from __future__ import annotations

# preferred name, full name, pronouns, language, needs (easy read, large print, read aloud)
PEOPLE = (
    ("Rhys", "Rhys Llewelyn", "he/him", "cy", (True, False, True)),
    ("Siân", "Siân Prydderch", "she/her", "en", (True, True, False)),
    ("Zosia", "Zofia Wiśniewska", "she/her", "pl", (True, False, False)),
    ("Łukasz", "Łukasz Kowalczyk", "he/him", "pl", (False, False, False)),
    ("عائشہ", "Aisha Khan (عائشہ خان)", "she/her", "ur", (True, False, True)),
    ("Yusuf", "Yusuf Haddad (يوسف حداد)", "he/him", "ar", (True, True, True)),
    ("Bethany", "Bethany Okafor", "she/her", "en", (True, False, False)),
    ("Marcus", "Marcus Johnson", "he/him", "en", (False, True, False)),
    ("Mei", "Mei Chen (陈美)", "she/her", "en", (True, False, False)),
    ("Siobhán", "Siobhán Ní Bhriain", "she/her", "en", (False, False, True)),
    ("Hamza", "Hamza Farah", "he/him", "en", (True, False, False)),
    ("Ffion", "Ffion ap Dafydd", "they/them", "cy", (True, True, False)),
    ("Priya", "Priya Sharma", "she/her", "en", (False, False, False)),
)

FIRST_NAMES = (
    "Alex",
    "Amira",
    "Bronwen",
    "Carys",
    "Daniel",
    "Dawid",
    "Efa",
    "Fatima",
    "Gareth",
    "Hana",
    "Iwan",
    "Jamal",
    "Kasia",
    "Leah",
    "Maja",
    "Nadia",
    "Owain",
    "Piotr",
    "Rashid",
    "Sara",
    "Tomos",
    "Usman",
    "Wiktoria",
    "Zain",
    "Elin",
    "Kwame",
    "Lin",
    "Mohammed",
    "Noor",
    "Osian",
)
FAMILY_NAMES = (
    "Jones",
    "Williams",
    "Davies",
    "Nowak",
    "Kaczmarek",
    "Hussain",
    "Rahman",
    "Mansour",
    "Edwards",
    "Mensah",
    "Wong",
    "Thomas",
    "Zieliński",
    "Qureshi",
    "Al-Sayed",
    "Hughes",
)

STAFF = ("Sam Carter", "Nia Roberts", "Kasia Nowak", "Imran Ali")

GOOD = {
    "wellbeing": (
        "I sleep well most nights.",
        "I like my morning walk.",
        "I take my tablets with breakfast.",
        "I feel calm when I listen to music.",
        "I go swimming on Tuesdays.",
    ),
    "home": (
        "I like my bedroom. It is blue.",
        "I can make tea and toast.",
        "I feel safe at home.",
        "I get on well with my housemate.",
        "I do my own washing.",
    ),
    "community": (
        "I go to the library on Saturdays.",
        "I see my sister every week.",
        "I like the football club.",
        "I go to my place of worship on Fridays.",
        "I know which bus goes to town.",
    ),
    "aspirations": (
        "I am good at drawing.",
        "I helped at the food bank.",
        "I finished my college course.",
        "I know a lot about trains.",
        "I love my dog 🐶 and I walk him every day.",
    ),
}

CHANGE = {
    "wellbeing": (
        "I would like to feel less worried at night.",
        "I want to eat more fruit.",
        "I want to see the dentist.",
        "I would like to get up earlier.",
    ),
    "home": (
        "I want to learn to cook a hot meal.",
        "I would like help with my bills.",
        "I want my own front door key.",
        "The flat is too noisy at night.",
    ),
    "community": (
        "I would like to make a new friend.",
        "I want to take the bus on my own.",
        "I would like to join a choir.",
        "I want to visit my cousin in Cardiff.",
    ),
    "aspirations": (
        "I want a paid job.",
        "I would like to learn to drive.",
        "I want to go on holiday to the seaside.",
        "I want to try horse riding.",
    ),
}

# What staff noticed, written as staff.
STAFF_NOTES = (
    "{name} has kept their flat tidy all year.",
    "{name} helped a new member at the club feel welcome.",
    "{name} now books their own doctor's visits.",
    "{name} was brave trying the new bus route.",
)

# A few things people said in their own language.
OWN_LANGUAGE = {
    "cy": "Dw i'n hoffi canu yn y côr.",
    "pl": "Lubię spacery z psem.",
    "ur": "مجھے کھانا پکانا پسند ہے۔",
    "ar": "أحب كرة القدم.",
    "zh": "我喜欢画画。",
}

GOALS = {
    "wellbeing": (
        "I will walk to the park three times a week.",
        (("Find someone to walk with", "staff", ""), ("Buy good shoes", "family", "Mum")),
    ),
    "home": (
        "I will cook a hot meal once a week.",
        (("Choose three easy recipes", "me", ""), ("Cook with staff on Thursdays", "staff", "")),
    ),
    "community": (
        "I will take the bus to town on my own.",
        (
            ("Practise the trip with staff", "staff", ""),
            ("Get a bus pass", "community", "Council office"),
        ),
    ),
    "aspirations": (
        "I will try volunteering.",
        (
            ("Visit the charity shop", "community", "Hope charity shop"),
            ("Fill in the form", "staff", ""),
        ),
    ),
}

ABOUT_ME = {
    "liked_for": ("I am kind and funny.", "I always say hello.", "I am good with animals."),
    "matters": ("My cat, Biscuit.", "Seeing my family.", "My music."),
    "support_me": (
        "Talk to me slowly and give me time.",
        "Show me pictures.",
        "Tell me about changes before they happen.",
    ),
}

FEEDBACK_WORDS = (
    "It was nice to be asked.",
    "Some words were hard.",
    "I liked seeing it on the big screen.",
    "",
    "",
)

DISAGREE = ("I do not agree that I need help with money.",)
