# VCDR Article 3: Functions of a diplomatic mission
#
# Art. 3 lists the functions ("inter alia": the list is not exhaustive) that
# other articles refer to: full facilities for their performance (art. 25),
# free communication for official purposes (27(1)), use of the premises
# compatible with them (41(3)), acts performed in their exercise (39(2)).
# Each function is a definition read on an event that states the `function`
# of the activity concerned (a `conduct` of a member of the mission, or an
# `obstruction_of_functions` by the receiving State). Two functions carry
# their own limit in the text, and the mission's conduct beyond it is
# checked by a rule: protection "within the limits permitted by
# international law" (3(1)(b)) and information "by all lawful means" (3(1)(d)).

# ---------------------------------------------------------------- Article 3(1)

define represents_sending_state(x) "Representing the sending State in the receiving State"
  cites VCDR 3(1)(a)
  text "representing the sending State in the receiving State;"
  means x.function = representation
end

define protects_within_international_law(x) "Protecting the interests of the sending State and of its nationals, within the limits permitted by international law"
  cites VCDR 3(1)(b)
  text "protecting in the receiving State the interests of the sending State and of its nationals, within the limits permitted by international law;"
  means x.function = protection and x.within_limits_of_international_law = true
end

define negotiates_with_government(x) "Negotiating with the Government of the receiving State"
  cites VCDR 3(1)(c)
  text "negotiating with the Government of the receiving State;"
  means x.function = negotiation
end

define ascertains_by_lawful_means(x) "Ascertaining by all lawful means conditions and developments in the receiving State, and reporting thereon"
  cites VCDR 3(1)(d)
  text "ascertaining by all lawful means conditions and developments in the receiving State, and reporting thereon to the Government of the sending State;"
  means x.function = information and x.by_lawful_means = true
end

define promotes_friendly_relations(x) "Promoting friendly relations and developing economic, cultural and scientific relations"
  cites VCDR 3(1)(e)
  text "promoting friendly relations between the sending State and the receiving State, and developing their economic, cultural and scientific relations."
  means x.function = promotion_of_relations
end

# ---------------------------------------------------------------- Article 3(2)

define performs_consular_functions(x) "Performance of consular functions by the diplomatic mission"
  cites VCDR 3(2)
  text "Nothing in the present Convention shall be construed as preventing the performance of consular functions by a diplomatic mission."
  means x.function = consular
  note "The consular functions of a diplomatic mission are governed by VCCR art. 70 (and arts. 5, 36 through it)."
end

define mission_function(x) "An activity within the functions of the mission"
  cites VCDR 3(1)
  means represents_sending_state(x) or protects_within_international_law(x) or negotiates_with_government(x)
        or ascertains_by_lawful_means(x) or promotes_friendly_relations(x) or performs_consular_functions(x)
  note "The list of art. 3(1) is not exhaustive ('inter alia'): an activity whose function is not stated is unknown, never outside the functions."
end

# ---------------------------------------------------------------- rules on the two limits

rule vcdr.3.1.b "Protection of the interests of the sending State and its nationals only within the limits permitted by international law"
  cites VCDR 3(1)(b)
  text "protecting in the receiving State the interests of the sending State and of its nationals, within the limits permitted by international law;"
  duty on sending_state
  owed to receiving_state
  for each conduct as c
  applies when member_of_mission(c.subject) and c.function = protection
  violated when c.within_limits_of_international_law = false
  authority "ICJ, Asylum (Colombia/Peru), Judgment, I.C.J. Reports 1950, p. 266"
  note "Protecting nationals is a function of the mission only within the limits of international law: e.g. abducting a national, or removing him from the receiving State's jurisdiction, is not. In the Asylum case the Court held that diplomatic asylum derogates from the territorial State's sovereignty and needs a legal basis established in each case; absent one (e.g. a regional convention binding both States), sheltering a fugitive is not protection within those limits."
  note "The consequences for the members of the mission are in arts. 9 (persona non grata) and 41; their immunities are not lifted by the breach."
end

rule vcdr.3.1.d "Ascertaining conditions and developments only by lawful means"
  cites VCDR 3(1)(d)
  text "ascertaining by all lawful means conditions and developments in the receiving State, and reporting thereon to the Government of the sending State;"
  duty on sending_state
  owed to receiving_state
  for each conduct as c
  applies when member_of_mission(c.subject) and c.function = information
  violated when c.by_lawful_means = false
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "Gathering information by unlawful means (espionage) is outside the functions of the mission. The remedy the Convention gives the receiving State is the declaration of persona non grata (art. 9), not the lifting of immunities; the ICJ in Tehran held that allegations of espionage did not justify Iran's breaches of the inviolability of the mission and its staff."
  note "State `by_lawful_means` for this rule; `unlawful` (breach of the receiving State's laws) is the fact of art. 41(1)."
end
