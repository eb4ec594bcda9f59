# Prints, as JSON, the settings Vagrant itself computes from a Vagrantfile: provisioners in order,
# forwarded ports, synced folders and provider sizes. Run with Vagrant's Ruby:
#   ruby vagrant-config.rb VAGRANTFILE_DIR DOTFILE_DIR
require "json"
require "vagrant"

project_dir, dotfile_dir = ARGV
env = Vagrant::Environment.new(cwd: project_dir, local_data_path: dotfile_dir)
# No provider: the config is computed without asking whether VirtualBox or libvirt is usable.
vm = env.vagrantfile.machine_config(:default, nil, env.boxes).fetch(:config).vm

ANSIBLE_SETTINGS = %i[
  compatibility_mode provisioning_path playbook inventory_path config_file limit become
  galaxy_role_file galaxy_roles_path galaxy_command install install_mode extra_vars raw_arguments
  vault_password_file
].freeze

# The shell command lines ansible_local runs in the VM (from the provisioning path), built by
# Vagrant's own provisioner code; a stand-in machine supplies the little it asks of one.
def ansible_local_commands(provisioner_config)
  ui = Struct.new(:color?).new(false)
  machine = Struct.new(:name, :env, :config, :ui).new(:default, Struct.new(:ui).new(ui), nil, ui)
  provisioner_config.validate(machine)
  guest = VagrantPlugins::Ansible::Provisioner::Guest.new(machine, provisioner_config)
  guest.instance_variable_set(:@lexicon, guest.class::ANSIBLE_PARAMETER_NAMES[provisioner_config.compatibility_mode])
  # In the order provisioning runs them: galaxy first, with ANSIBLE_CONFIG only.
  guest.send(:prepare_ansible_config_environment_variable)
  galaxy = provisioner_config.galaxy_role_file && guest.send(:ansible_galaxy_command_for_shell_execution)
  guest.send(:prepare_common_command_arguments)
  guest.send(:prepare_common_environment_variables)
  playbook = guest.send(:ansible_playbook_command_for_shell_execution)
  { "playbook_command_line" => playbook, "galaxy_command_line" => galaxy }
end

# The commands ansible_local runs (with sudo) on a Debian guest that has no `ansible` yet, for the
# configured install_mode: Vagrant's own Debian install capability, run on a stand-in machine
# whose communicator records them.
def ansible_install_commands(provisioner_config)
  require Vagrant.source_root.join("plugins/provisioners/ansible/cap/guest/debian/ansible_install").to_s
  commands = []
  recorder = Object.new
  recorder.define_singleton_method(:sudo) { |command, *| commands << command }
  recorder.define_singleton_method(:test) { |*| false }
  machine = Struct.new(:communicate).new(recorder)
  VagrantPlugins::Ansible::Cap::Guest::Debian::AnsibleInstall.ansible_install(
    machine, provisioner_config.install_mode, provisioner_config.version, provisioner_config.pip_args,
    provisioner_config.pip_install_cmd
  )
  commands
end

provisioners = vm.provisioners.map do |provisioner|
  entry = { "name" => provisioner.name.to_s, "type" => provisioner.type.to_s }
  case provisioner.type
  when :shell
    entry["inline"] = provisioner.config.inline
  when :ansible_local
    ANSIBLE_SETTINGS.each { |setting| entry[setting.to_s] = provisioner.config.public_send(setting) }
    entry.merge!(ansible_local_commands(provisioner.config.dup))
    entry["install_commands"] = ansible_install_commands(provisioner.config)
  end
  entry
end

# What each provider block sets, recorded by running the block on a stand-in, so the check does
# not depend on which provider plugins (VirtualBox, vagrant-libvirt) this machine has.
class SettingsRecorder
  attr_reader :settings

  def initialize
    @settings = {}
  end

  def method_missing(name, *args)
    return super unless name.to_s.end_with?("=")
    @settings[name.to_s.chomp("=")] = args.first
  end

  def respond_to_missing?(name, include_private = false)
    name.to_s.end_with?("=") || super
  end
end

# A provider block's second argument overrides the machine's settings (config.vm.*) for that
# provider; its vm settings are recorded under "override".
Override = Struct.new(:vm)

provider_settings = vm.instance_variable_get(:@__providers).to_h do |provider, blocks|
  recorder = SettingsRecorder.new
  override = Override.new(SettingsRecorder.new)
  blocks.each { |block| block.call(recorder, override) }
  settings = recorder.settings
  settings = settings.merge("override" => override.vm.settings) unless override.vm.settings.empty?
  [provider.to_s, settings]
end

forwarded_ports = vm.networks.select { |type, _| type == :forwarded_port }.map { |_, options| options }

puts JSON.pretty_generate(
  "box" => vm.box,
  "box_version" => vm.box_version,
  "provisioners" => provisioners,
  "forwarded_ports" => forwarded_ports,
  "synced_folders" => vm.synced_folders,
  "providers" => provider_settings,
  "secret_environment" => defined?(SECRET_ENVIRONMENT) ? SECRET_ENVIRONMENT : nil,
)
