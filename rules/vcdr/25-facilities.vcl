# VCDR Article 25: Facilities for the mission
# "The receiving State shall accord full facilities for the performance of
#  the functions of the mission."

rule vcdr.25 "Full facilities for the performance of the functions of the mission"
  cites VCDR 25, VCDR 3(1), VCDR 3(2)
  text "The receiving State shall accord full facilities for the performance of the functions of the mission."
  duty on receiving_state
  owed to sending_state
  for each obstruction_of_functions as o
  applies when agent_of_receiving_state(o) and o.mission is known
  violated when mission_function(o)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "The breach is obstructing, or refusing a facility needed for, an activity that is a function of the mission (art. 3): representing, protecting within the limits of international law, negotiating, ascertaining by lawful means, promoting relations, consular functions. Obstructing an activity outside the functions (espionage, protection beyond the limits of international law) is not a breach of art. 25."
  note "Art. 25 is open-textured; the more specific facilities (premises, 21; movement, 26; communication, 27) have their own rules. A measure taken under the receiving State's general laws may still be a refusal of facilities: state the obstruction only where the mission was prevented or hindered."
end
