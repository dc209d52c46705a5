{{/* ── Names and labels ──────────────────────────────────────────────────────────────── */}}

{{- define "agentvault.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* <release>-agentvault, or the release name when it already contains the chart name. */}}
{{- define "agentvault.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "agentvault.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "agentvault.selectorLabels" -}}
app.kubernetes.io/name: {{ include "agentvault.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "agentvault.labels" -}}
helm.sh/chart: {{ include "agentvault.chart" . }}
{{ include "agentvault.selectorLabels" . }}
app.kubernetes.io/version: {{ include "agentvault.imageTag" . | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: agentvault
agentvault.io/registry-role: {{ .Values.registry.role }}
{{- end -}}

{{/* Labels of one component: (dict "root" $ "component" "gateway"). */}}
{{- define "agentvault.componentLabels" -}}
{{ include "agentvault.labels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "agentvault.componentSelectorLabels" -}}
{{ include "agentvault.selectorLabels" .root }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "agentvault.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "agentvault.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* ── The one image ────────────────────────────────────────────────────────────────── */}}

{{- define "agentvault.imageTag" -}}
{{- default .Chart.AppVersion .Values.image.tag -}}
{{- end -}}

{{- define "agentvault.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (include "agentvault.imageTag" .) -}}
{{- end -}}
{{- end -}}

{{/* ── Registry role ────────────────────────────────────────────────────────────────── */}}

{{- define "agentvault.isSatellite" -}}
{{- if eq .Values.registry.role "satellite" }}true{{ end -}}
{{- end -}}

{{/* MINTING_ENABLED: explicit value, else true on a mainframe and false on a satellite. */}}
{{- define "agentvault.mintingEnabled" -}}
{{- $m := .Values.registry.mintingEnabled -}}
{{- if kindIs "bool" $m -}}{{ $m }}{{- else -}}{{ not (include "agentvault.isSatellite" .) }}{{- end -}}
{{- end -}}

{{- define "agentvault.trustProxy" -}}
{{- if ne (toString .Values.config.trustProxy) "" -}}
{{- toString .Values.config.trustProxy -}}
{{- else if .Values.ingress.enabled -}}1{{- else -}}false{{- end -}}
{{- end -}}

{{/* ── Services and workloads ───────────────────────────────────────────────────────── */}}

{{/* SERVICE_NAME as an environment variable prefix: "payments-v2" -> "PAYMENTS_V2". */}}
{{- define "agentvault.envPrefix" -}}
{{- . | upper | replace "-" "_" -}}
{{- end -}}

{{/*
Every service with its settings merged over serviceDefaults, as YAML: name -> settings.
Maps merge one level deep (a service's keys win, false and 0 included); lists and resources
are replaced whole.
*/}}
{{- define "agentvault.services" -}}
{{- $defaults := .Values.serviceDefaults | default dict -}}
{{- $out := dict -}}
{{- range $name, $svc := .Values.services -}}
{{- $svc = $svc | default dict -}}
{{- $merged := dict -}}
{{- range $k, $v := $defaults -}}
{{- if not (kindIs "invalid" $v) -}}{{- $_ := set $merged $k (deepCopy $v) -}}{{- end -}}
{{- end -}}
{{- range $k, $v := $svc -}}
{{- $d := get $merged $k -}}
{{- if and (kindIs "map" $v) (kindIs "map" $d) (ne $k "resources") -}}
{{- $m := deepCopy $d -}}
{{- range $kk, $vv := $v -}}{{- $_ := set $m $kk $vv -}}{{- end -}}
{{- $_ := set $merged $k $m -}}
{{- else -}}
{{- $_ := set $merged $k $v -}}
{{- end -}}
{{- end -}}
{{- $_ := set $out $name $merged -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/* Names of the enabled services, sorted. */}}
{{- define "agentvault.enabledServiceNames" -}}
{{- $services := include "agentvault.services" . | fromYaml -}}
{{- $names := list -}}
{{- range $name, $svc := $services -}}
{{- if $svc.enabled -}}{{- $names = append $names $name -}}{{- end -}}
{{- end -}}
{{- toYaml (dict "names" (sortAlpha $names)) -}}
{{- end -}}

{{/*
The Deployments to render, as YAML {workloads: [...]}: in mode split one per enabled service,
in mode all one ("all") that runs every service. Each has name, target, serviceName, http,
grpcPort, ports, replicas, resources, env, needs, calls, secrets, autoscaling,
podDisruptionBudget, podAnnotations.
*/}}
{{- define "agentvault.workloads" -}}
{{- $services := include "agentvault.services" . | fromYaml -}}
{{- $enabled := (include "agentvault.enabledServiceNames" . | fromYaml).names -}}
{{- $workloads := list -}}
{{- if eq .Values.mode "all" -}}
{{- /* The process runs every service the program has, so it gets what every declared service needs. */ -}}
{{- $a := .Values.allInOne -}}
{{- $needs := $a.needs | default list -}}
{{- $secrets := $a.secrets | default list -}}
{{- $env := dict -}}
{{- range $name, $svc := $services -}}
{{- $needs = concat $needs ($svc.needs | default list) -}}
{{- $secrets = concat $secrets ($svc.secrets | default list) -}}
{{- $env = merge $env ($svc.env | default dict) -}}
{{- end -}}
{{- $env = mergeOverwrite $env ($a.env | default dict) -}}
{{- $workloads = append $workloads (dict
  "name" "all" "target" "all" "serviceName" "gateway" "http" true "grpcPort" nil
  "replicas" $a.replicas "resources" $a.resources "env" $env
  "needs" ($needs | uniq) "calls" list "secrets" ($secrets | uniq)
  "autoscaling" ($a.autoscaling | default dict) "podDisruptionBudget" ($a.podDisruptionBudget | default dict)
  "podAnnotations" ($a.podAnnotations | default dict)) -}}
{{- else -}}
{{- range $name := $enabled -}}
{{- $svc := get $services $name -}}
{{- /* Calls to a disabled service are dropped (validate.yaml rejects undeclared ones). */ -}}
{{- $calls := list -}}
{{- range $c := ($svc.calls | default list | uniq) -}}{{- if has $c $enabled -}}{{- $calls = append $calls $c -}}{{- end -}}{{- end -}}
{{- $workloads = append $workloads (dict
  "name" $name "target" $name "serviceName" $name "http" (eq (toString $svc.http) "true") "grpcPort" $svc.grpcPort
  "replicas" $svc.replicas "resources" $svc.resources "env" ($svc.env | default dict)
  "needs" ($svc.needs | default list | uniq) "calls" $calls "secrets" ($svc.secrets | default list | uniq)
  "autoscaling" ($svc.autoscaling | default dict) "podDisruptionBudget" ($svc.podDisruptionBudget | default dict)
  "podAnnotations" ($svc.podAnnotations | default dict)) -}}
{{- end -}}
{{- end -}}
{{- toYaml (dict "workloads" $workloads) -}}
{{- end -}}

{{/* ── Secret settings ──────────────────────────────────────────────────────────────── */}}

{{/*
Where each secret setting comes from, by source name (a `needs` or `secrets` entry): a list of
{env, value, secret, key}. value: put into the chart's Secret; secret+key: an existing Secret.
*/}}
{{- define "agentvault.secretSources" -}}
{{- $v := .Values -}}
database:
  - { env: DATABASE_URL, value: {{ $v.database.url | quote }}, secret: {{ $v.database.existingSecret | quote }}, key: {{ $v.database.existingSecretKey | quote }} }
nats:
  - { env: NATS_URL, value: {{ $v.nats.url | quote }}, secret: {{ $v.nats.existingSecret | quote }}, key: {{ $v.nats.existingSecretKey | quote }} }
redis:
  - { env: REDIS_URL, value: {{ $v.redis.url | quote }}, secret: {{ $v.redis.existingSecret | quote }}, key: {{ $v.redis.existingSecretKey | quote }} }
bootstrapAdmin:
  - { env: BOOTSTRAP_ADMIN_PASSWORD, value: {{ $v.bootstrapAdmin.password | quote }}, secret: {{ $v.bootstrapAdmin.existingSecret | quote }}, key: {{ $v.bootstrapAdmin.existingSecretKey | quote }} }
webhookSecretsKey:
  - { env: WEBHOOK_SECRETS_KEY, value: {{ $v.webhookSecretsKey.value | quote }}, secret: {{ $v.webhookSecretsKey.existingSecret | quote }}, key: {{ $v.webhookSecretsKey.existingSecretKey | quote }} }
totpSecretsKey:
  - { env: TOTP_SECRETS_KEY, value: {{ $v.totpSecretsKey.value | quote }}, secret: {{ $v.totpSecretsKey.existingSecret | quote }}, key: {{ $v.totpSecretsKey.existingSecretKey | quote }} }
federationSecretsKey:
  - { env: FEDERATION_SECRETS_KEY, value: {{ $v.federationSecretsKey.value | quote }}, secret: {{ $v.federationSecretsKey.existingSecret | quote }}, key: {{ $v.federationSecretsKey.existingSecretKey | quote }} }
marketplaceSecretsKey:
  - { env: MARKETPLACE_SECRETS_KEY, value: {{ $v.marketplaceSecretsKey.value | quote }}, secret: {{ $v.marketplaceSecretsKey.existingSecret | quote }}, key: {{ $v.marketplaceSecretsKey.existingSecretKey | quote }} }
stripe:
  - { env: STRIPE_API_KEY, value: {{ $v.stripe.apiKey | quote }}, secret: {{ $v.stripe.existingSecret | quote }}, key: {{ $v.stripe.apiKeyKey | quote }} }
  - { env: STRIPE_WEBHOOK_SECRET, value: {{ $v.stripe.webhookSecret | quote }}, secret: {{ $v.stripe.existingSecret | quote }}, key: {{ $v.stripe.webhookSecretKey | quote }} }
{{- end -}}

{{/* The values the chart's own Secret holds (inline values only), as YAML ENV: value. */}}
{{- define "agentvault.inlineSecrets" -}}
{{- $sources := include "agentvault.secretSources" . | fromYaml -}}
{{- $out := dict -}}
{{- range $source, $items := $sources -}}
{{- range $item := $items -}}
{{- if and $item.value (not $item.secret) -}}{{- $_ := set $out $item.env $item.value -}}{{- end -}}
{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/*
env entries for the secret settings of the given sources:
(dict "root" $ "sources" (list "database" "nats") "secretName" "<name of the chart's Secret>").
Sources with neither a value nor an existing Secret are skipped.
*/}}
{{- define "agentvault.secretEnv" -}}
{{- $root := .root -}}
{{- $all := include "agentvault.secretSources" $root | fromYaml -}}
{{- $secretName := .secretName -}}
{{- $seen := dict -}}
{{- range $source := .sources -}}
{{- range $item := (get $all $source | default list) -}}
{{- if and (or $item.value $item.secret) (not (hasKey $seen $item.env)) -}}
{{- $_ := set $seen $item.env true }}
- name: {{ $item.env }}
  valueFrom:
    secretKeyRef:
      {{- if $item.secret }}
      name: {{ $item.secret }}
      key: {{ $item.key }}
      {{- else }}
      name: {{ $secretName }}
      key: {{ $item.env }}
      {{- end }}
{{- end -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* sha256 of everything the pods read from the chart's ConfigMap and Secret. */}}
{{- define "agentvault.configChecksum" -}}
{{- printf "%s\n---\n%s" (include (print .Template.BasePath "/configmap.yaml") .) (include (print .Template.BasePath "/secret.yaml") .) | sha256sum -}}
{{- end -}}

{{/* An HTTP probe: (dict "path" "/ready" "port" "http" "settings" .Values.probes.readiness). */}}
{{- define "agentvault.httpProbe" -}}
httpGet:
  path: {{ .path }}
  port: {{ .port }}
{{- with .settings }}
{{ toYaml . }}
{{- end }}
{{- end -}}
