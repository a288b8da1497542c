# VCDR Article 26: Freedom of movement and travel.

rule vcdr.26 "Freedom of movement and travel of all members of the mission"
  cites VCDR 26
  text "the receiving State shall ensure to all members of the mission freedom of movement and travel in its territory."
  duty on receiving_state
  owed to sending_state, "the member of the mission"
  for each restriction_of_movement as r
  applies when member_of_mission(r.subject)
  violated when agent_of_receiving_state(r)
  authority "ICJ, United States Diplomatic and Consular Staff in Tehran (United States of America v. Iran), Judgment, I.C.J. Reports 1980, p. 3"
  note "Arrest or detention of a diplomatic agent is governed by art. 29; a restriction applied to the sending State's mission by reciprocity is examined under art. 47(2)(a)."
end

exception vcdr.26.security-zones "Zones prohibited or regulated for reasons of national security"
  cites VCDR 26
  text "Subject to its laws and regulations concerning zones entry into which is prohibited or regulated for reasons of national security"
  to vcdr.26
  gives compliant
  when r.security_zone = true
  note "Only zones defined by laws and regulations for reasons of national security; a general ban on travel, or a zone drawn so wide that it nullifies the freedom, is not covered."
end
